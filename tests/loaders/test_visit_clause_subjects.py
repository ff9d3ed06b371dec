"""A visit clause with a named subject of its own is not the sentence's first person's trip,
even when that subject is no recognised official; a clause without a subject still is."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

MARCH_1 = datetime.date(2024, 3, 1)


def _trips(text: str) -> list[tuple[object, object]]:
    return [(r.visitor, r.host_country) for r in visit_rows(text, MARCH_1)]


def test_visit_parties_relative_in_apposition_does_not_lend_his_trip() -> None:
    text = "President Joe Biden visited Hanoi, and Hunter Biden, his son, went to Kyiv."
    assert _trips(text) == [("Joe Biden", "VN")]


def test_visit_parties_while_clause_trip_is_not_the_chancellors() -> None:
    text = "Chancellor Olaf Scholz flew to Beijing, while Annalena Baerbock travelled to Nairobi."
    assert _trips(text) == [("Olaf Scholz", "CN")]


def test_visit_parties_semicolon_clause_with_a_planned_visit_is_not_the_presidents() -> None:
    text = "President Emmanuel Macron arrived in Rabat; Brigitte Macron will pay a visit to Kenya."
    assert _trips(text) == [("Emmanuel Macron", "MA")]


def test_visit_parties_clause_without_a_subject_keeps_the_sentence_visitor() -> None:
    text = "President Joe Biden visited Hanoi, Hue and Da Nang, and then went to Kyiv."
    assert _trips(text) == [("Joe Biden", "VN"), ("Joe Biden", "UA")]


def test_visit_parties_speaker_who_reports_the_visit_is_not_its_subject() -> None:
    text = (
        "Welcoming President Joe Biden in Hanoi, General Secretary Nguyen Phu Trong said the "
        "visit to Vietnam was historic."
    )
    assert _trips(text) == [("Joe Biden", "VN")]


def test_visit_parties_a_relative_named_by_kinship_makes_their_own_trip() -> None:
    text = (
        "President Marta Quiroga held talks in Jerusalem on Wednesday, and her brother went "
        "ahead to Rome to prepare the next leg."
    )
    assert _trips(text) == []


def test_visit_parties_a_clause_led_by_a_relative_leaves_the_first_trip_alone() -> None:
    text = "President Marta Quiroga will visit Lima on Friday, while her deputy travels to Quito."
    assert _trips(text) == [("Marta Quiroga", "PE")]


def test_visit_parties_a_leader_travelling_with_a_relative_still_travels() -> None:
    text = "President Marta Quiroga and her husband arrived in Lima on Friday."
    assert _trips(text) == [("Marta Quiroga", "PE")]
