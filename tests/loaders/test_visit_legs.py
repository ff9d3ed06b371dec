"""Legs of a tour: 'a tour that will end in X', and a leg flown 'in the evening' of a day told."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate
from tests.visit_rows import visit_rows

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str | None, str]]:
    return [(r.host_country, r.start, r.status) for r in visit_rows(text)]


def test_visit_legs_a_tour_that_will_end_in_a_country() -> None:
    text = (
        "Indian Prime Minister Narendra Modi arrived in Accra on 2 July 2025 on a state visit "
        "to Ghana, the first leg of a tour that will end in Namibia."
    )
    assert ("NA", None, "announced") in _visits(text)


def test_visit_legs_in_the_evening_is_the_day_just_told() -> None:
    text = (
        "Indian Prime Minister Narendra Modi arrived in Accra on 2 July 2025 on a state visit "
        "to Ghana. He addressed the Parliament of Ghana.\n\n"
        "In the evening, Modi flew to Trinidad and Tobago."
    )
    assert ("TT", "2025-07-02", "happened") in _visits(text)


def test_visit_legs_the_visit_began_states_the_first_day() -> None:
    text = (
        " date 2025-03-19\n\nPresident Emmanuel Macron welcomed President Cyril Ramaphosa of "
        "South Africa to the Elysee today, during his state visit to France.\n\n"
        "The state visit began yesterday, when the President laid a wreath in Paris."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 3, 19)))
    assert [(v.host_country, v.start and v.start.lexical) for v in document.visits] == [
        ("FR", "2025-03-18")
    ]


def _starts(text: str) -> dict[str, PartialDate | None]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 5, 20)))
    return {v.host_country: v.start for v in document.visits}


def test_visit_legs_a_stop_with_its_own_day_takes_it() -> None:
    starts = _starts(
        "President Omar Haddad will fly to Rome on 3 June, then go on to Madrid and end the "
        "tour in Lisbon on 6 June."
    )
    assert starts.get("PT") == PartialDate(2024, 6, 6)
    assert starts.get("ES") is None


def test_visit_legs_a_day_further_on_is_not_the_stop_s() -> None:
    starts = _starts(
        "President Omar Haddad will fly to Rome on 3 June and end the tour in Lisbon, before "
        "addressing parliament at home on 9 June."
    )
    assert "PT" in starts
    assert starts["PT"] != PartialDate(2024, 6, 9)


def test_visit_legs_places_of_one_verb_share_its_day() -> None:
    # "traveled to Rome and Vienna on Monday": both places are the verb's, made that day.
    rows = visit_rows(
        "Prime Minister Petr Fiala traveled to Rome and Vienna on Monday.",
        datetime.date(2024, 3, 6),
    )
    assert [(r.host_country, r.start, r.status) for r in rows] == [
        ("IT", "2024-03-04", "happened"),
        ("AT", "2024-03-04", "happened"),
    ]


def test_visit_legs_a_day_of_the_first_place_alone_stays_its_own() -> None:
    # Near misses: the day written after the first place is that place's; a leg with a word
    # of its own ("and then") is still told ahead.
    rows = visit_rows(
        "Prime Minister Petr Fiala visited Chile on Monday and Peru on Thursday.",
        datetime.date(2024, 3, 9),
    )
    days = [(r.host_country, r.start) for r in rows]
    assert ("CL", "2024-03-04") in days
    assert ("PE", "2024-03-04") not in days
    rows = visit_rows(
        "Prime Minister Petr Fiala will visit Chile and then fly on to Peru.",
        datetime.date(2024, 3, 9),
    )
    assert [(r.host_country, r.status) for r in rows] == [
        ("CL", "announced"),
        ("PE", "announced"),
    ]


def test_visit_legs_every_stop_a_tour_will_also_take_the_visitor_to() -> None:
    text = (
        "Accra is the first stop of Prime Minister Narendra Modi's tour of West Africa, which "
        "will also take him to Togo, Benin and Nigeria, where he will attend a summit in Abuja."
    )
    assert {host for host, _, _ in _visits(text)} >= {"TG", "BJ", "NG"}
