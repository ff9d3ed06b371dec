"""Two visits told in one sentence keep their own visitor, type, status and date."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

MAY_2 = datetime.date(2024, 5, 2)


def _visits(text: str) -> list[tuple[str | None, str, str | None, str, str]]:
    return [
        (r.visitor, r.host_country, r.start, r.visit_type, r.status)
        for r in visit_rows(text, MAY_2)
    ]


def test_visits_possessive_visitor_before_a_typed_cue() -> None:
    text = (
        "Officials prepared the forthcoming working visit of President Gabriel Boric to Peru, "
        "and recalled the results of Prime Minister Albanese's official visit to Chile in 2022."
    )
    assert _visits(text) == [
        ("Gabriel Boric", "PE", None, "working", "announced"),
        ("Albanese", "CL", "2022", "official", "happened"),
    ]


def test_visits_coming_names_only_its_own_visit() -> None:
    text = (
        "The ministers discussed the coming state visit of King Felipe VI to Angola and the "
        "outcome of President Lourenço's official visit to Madrid in 2023."
    )
    assert _visits(text) == [
        ("Felipe VI", "AO", None, "state", "announced"),
        ("Lourenço", "ES", "2023", "official", "happened"),
    ]


def test_visits_upcoming_still_marks_a_visit_as_announced() -> None:
    text = "Diplomats are preparing the upcoming two-day state visit of President Ruto to Ghana."
    assert _visits(text) == [("Ruto", "GH", None, "state", "announced")]


def test_visits_a_group_travelling_is_no_visit_of_the_speaker() -> None:
    assert _visits("President Ruto said 40,000 Kenyan students visiting India need visas.") == []
    text = "Ambassador Ali Hassan said Egyptian pilgrims who visited Saudi Arabia numbered 80,000."
    assert _visits(text) == []
    text = "Chinese President Xi Jinping spent two days visiting Serbia."
    assert [v[:2] for v in _visits(text)] == [("Xi Jinping", "RS")]
