""" "The Republic" or "the Sultanate" is the one country of that form of state the story names:
an earlier visit "to the Republic" goes there, not to the visitor's own country."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 10, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belgian Prime Minister Alexander De Croo landed in Kinshasa on Tuesday. Former"
            " Prime Minister Wilfried Martens paid a state visit to the Republic in 1986.",
            {("Alexander De Croo", "CD", "2024-10-01"), ("Wilfried Martens", "CD", "1986")},
        ),
        (
            "Indian Prime Minister Narendra Modi arrived in Muscat on Monday. Former Prime"
            " Minister Atal Bihari Vajpayee made an official visit to the Sultanate in 2003.",
            {("Narendra Modi", "OM", "2024-09-30"), ("Atal Bihari Vajpayee", "OM", "2003")},
        ),
    ],
)
def test_state_form_references_earlier_visits_go_to_the_story_country(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {(r.visitor, r.host_country, r.start) for r in visit_rows(text, FILED)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two republics in the story: "the Republic" could be either, so no trip is read.
        (
            "Argentine President Javier Milei arrived in Lima on Tuesday. Former President"
            " Carlos Menem made an official visit to the Republic in 1994.",
            {("Javier Milei", "PE", "2024-10-01")},
        ),
        # A republic named by its full name is that country, whatever the story is about.
        (
            "Belgian Prime Minister Alexander De Croo landed in Kinshasa on Tuesday. Former"
            " Prime Minister Wilfried Martens paid a state visit to the Republic of Korea in"
            " 1986.",
            {("Alexander De Croo", "CD", "2024-10-01"), ("Wilfried Martens", "KR", "1986")},
        ),
        # A republic of the story's name ("the Dominican Republic") is that country.
        (
            "Belgian Prime Minister Alexander De Croo landed in Kinshasa on Tuesday. Former"
            " Prime Minister Wilfried Martens paid a state visit to the Dominican Republic in"
            " 1986.",
            {("Alexander De Croo", "CD", "2024-10-01"), ("Wilfried Martens", "DO", "1986")},
        ),
    ],
)
def test_state_form_references_other_republics_stay_as_named(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert {(r.visitor, r.host_country, r.start) for r in visit_rows(text, FILED)} == expected
