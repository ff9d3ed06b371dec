"""Talks told as an event that "took place between" two people, with the setting before
"between" ("Talks took place in Oslo on Friday between X and Y"), are their meeting, as "was
held between" already was (issue 4); a span of years or days after "between" is no side."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 9, 12)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, _DAY))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Negotiations took place between Prime Minister Mark Carney and President "
            "Claudia Sheinbaum in Mexico City on Thursday.",
            ["Claudia Sheinbaum", "Mark Carney"],
        ),
        (
            "Talks took place in Oslo on Friday between Foreign Minister Espen Barth Eide and "
            "Foreign Minister Elina Valtonen.",
            ["Elina Valtonen", "Espen Barth Eide"],
        ),
        (
            "A meeting in an enlarged format was held at the Akorda on Monday between President "
            "Kassym-Jomart Tokayev and President Shavkat Mirziyoyev.",
            ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"],
        ),
    ],
)
def test_talks_cues_talks_that_took_place_between_two_people_are_their_meeting(
    text: str, pair: list[str]
) -> None:
    assert _meetings(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # Counter-example: a span of years after "between", the two people named later.
        "The negotiations took place between 2019 and 2021, before President Gustavo Petro "
        "and President Luis Arce took office.",
        # Counter-example: a span of days, the people only quoted about them.
        "The consultations took place between 3 and 5 March, Minister Ahmed Attaf told "
        "Minister Antonio Tajani's office in a letter.",
    ],
)
def test_talks_cues_talks_that_took_place_between_dates_name_no_sides(text: str) -> None:
    assert _meetings(text) == []
