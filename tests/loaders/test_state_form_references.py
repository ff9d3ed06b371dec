""" "The Republic" or "the Sultanate" is the one country of that form of state the story names:
an earlier visit "to the Republic" goes there, not to the visitor's own country."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read
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


def test_state_form_references_the_islamic_emirate_names_its_offices() -> None:
    """ "The Islamic Emirate" is the name Afghanistan's government gives itself in its releases;
    only one state bears that form, so its offices are that state's though the story names no
    other form of the country: "Prime Minister of the Islamic Emirate" lost its post."""
    text = (
        "Prime Minister of the Islamic Emirate Mullah Abdul Karim Rahmani met Uzbek Foreign "
        "Minister Bakhtiyor Saidov on Monday. Deputy Foreign Minister of the Islamic Emirate "
        "Mawlawi Nasir Ahmad Haqdost also attended."
    )
    assert people_posts(read(text, FILED)) == {
        "Abdul Karim Rahmani": {("Prime Minister", "AF")},
        "Bakhtiyor Saidov": {("Minister of Foreign Affairs", "UZ")},
        "Nasir Ahmad Haqdost": {("Deputy Minister of Foreign Affairs", "AF")},
    }


def test_state_form_references_the_president_of_the_republic_stays_unread() -> None:
    """Counter-example: "the President of the Republic" is whichever republic the speaker
    serves, though the story names one republic only."""
    text = "The President of the Republic, Ivan Petrov, welcomed guests in Kinshasa on Monday."
    assert people_posts(read(text, FILED))["Ivan Petrov"] != {("President", "CD")}
