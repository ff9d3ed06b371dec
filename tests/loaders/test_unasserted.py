"""Trips and talks a sentence only denies, supposes, weighs or says were discussed are no facts
(analysis and opinion pieces); the same trips and talks told as made or announced still are."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _read(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2024, 3, 4)))


def _visits(text: str) -> list[tuple[str, str, str]]:
    return [(v.visitor, v.host_country, v.status) for v in _read(text).visits]


def _meetings(text: str) -> list[tuple[str, ...]]:
    return [m.participants for m in _read(text).meetings]


def test_unasserted_a_denied_report_of_a_trip_is_no_visit() -> None:
    text = (
        "President Tomas Lindgren arrived in Oslo on Monday. His office denied media reports "
        "that President Tomas Lindgren would fly on to Helsinki afterwards."
    )
    assert _visits(text) == [("tomas-lindgren", "NO", "happened")]


def test_unasserted_denied_talks_are_no_meeting() -> None:
    text = (
        "Officials dismissed speculation that Foreign Minister Ana Ribeiro would hold talks with "
        "Foreign Minister Pedro Salas in Lima."
    )
    assert _meetings(text) == []


def test_unasserted_a_denial_of_something_else_leaves_the_talks() -> None:
    text = (
        "Foreign Minister Ana Ribeiro, who was denied a visa in 2019, held talks with Foreign "
        "Minister Pedro Salas in Lima on Monday."
    )
    assert _meetings(text) == [("ana-ribeiro", "pedro-salas")]


def test_unasserted_a_trip_that_could_happen_is_no_visit() -> None:
    text = "Aides said Prime Minister Jonas Berg could travel to Paris later in the year."
    assert _visits(text) == []


def test_unasserted_a_trip_that_was_weighed_is_no_visit() -> None:
    text = "President Laura Kent, who had weighed flying to Havana herself, stayed in Washington."
    assert _visits(text) == []


def test_unasserted_talks_that_might_happen_are_no_meeting() -> None:
    text = "President Laura Kent might hold talks with President Omar Haddad in Cairo on Friday."
    assert _meetings(text) == []


def test_unasserted_a_trip_that_will_happen_is_announced() -> None:
    text = "Prime Minister Jonas Berg will travel to Paris on Friday."
    assert _visits(text) == [("jonas-berg", "FR", "announced")]


def test_unasserted_the_month_may_is_no_modal() -> None:
    text = "In May President Laura Kent visited Egypt and held talks with President Omar Haddad."
    assert _visits(text) == [("laura-kent", "EG", "happened")]


def test_unasserted_a_visit_only_discussed_is_no_visit() -> None:
    text = "A visit to Rome by President Omar Haddad has been discussed for months."
    assert _visits(text) == []


def test_unasserted_a_visit_that_never_took_place_is_no_visit() -> None:
    text = (
        "A state visit by President Omar Haddad to Italy was planned in 2019 but never took place."
    )
    assert _visits(text) == []


def test_unasserted_a_long_discussed_visit_that_happened_stays() -> None:
    text = "President Omar Haddad visited Italy in May, a trip that had been discussed for years."
    assert [(v, h) for v, h, _ in _visits(text)] == [("omar-hadad", "IT")]


def test_unasserted_a_clause_nor_negates_is_no_visit() -> None:
    text = (
        "Nor did the summit fix a date for a visit to Copenhagen by Prime Minister Jonas Berg: "
        "diplomats called the talks useful."
    )
    assert _visits(text) == []


def test_unasserted_a_clause_after_the_negated_one_keeps_its_visit() -> None:
    text = (
        "Nor did the leaders sign any agreement; Prime Minister Jonas Berg then travelled to "
        "Denmark on Tuesday."
    )
    assert [(v, h) for v, h, _ in _visits(text)] == [("jonas-berg", "DK")]


def test_unasserted_a_trip_an_if_clause_supposes_is_no_visit() -> None:
    text = (
        "If President Omar Haddad travels to Kyiv next month, it would be his first visit "
        "there since the war began."
    )
    assert _visits(text) == []


def test_unasserted_an_agreement_an_if_clause_supposes_is_none() -> None:
    text = '"If the water agreement is signed and honoured, the tone will change," one said.'
    assert _read(text).agreements == ()


def test_unasserted_an_agreement_after_the_if_clause_is_signed() -> None:
    text = (
        "If anything, the mood was warm, and Prime Minister Jonas Berg and President Omar "
        "Haddad signed a water agreement on Monday."
    )
    assert [a.count for a in _read(text).agreements] == [1]
