"""Itineraries: a leader "is in Gaborone today" (a trip under way, with the day it is told),
"then on to Lusaka" (the next stop, announced), and "began an African tour in Abidjan" (the
tour's first stop). Presence at home, in talks or of a building is no trip, and a sentence
whose own place is the visitor's home makes no visit to a guest's country."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visit_statuses


def _visits(text: str) -> set[tuple[str, str, str]]:
    return visit_statuses(read(text, datetime.date(2025, 9, 3)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President William Ruto is in Gaborone today, then on to Lusaka.",
            {("William Ruto", "BW", "happened"), ("William Ruto", "ZM", "announced")},
        ),
        (
            "Chilean Foreign Minister Ana Soto is in Buenos Aires this week for talks on lithium.",
            {("Ana Soto", "AR", "happened")},
        ),
        (
            "French President Emmanuel Macron began an African tour in Abidjan on Monday.",
            {("Emmanuel Macron", "CI", "happened")},
        ),
        (
            "Japanese Prime Minister Fumio Kishida kicked off a regional trip in Manila on Friday.",
            {("Fumio Kishida", "PH", "happened")},
        ),
    ],
)
def test_visit_cues_tours_and_presence_are_trips(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _visits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto is in talks with Zambia this week.",
        "Kenyan President William Ruto said the Kenyan embassy is in Gaborone today.",
        "Kenyan President William Ruto is in Nairobi today, hosting Zambian President "
        "Hakainde Hichilema.",
        "Kenyan President William Ruto began his career in Gaborone in 1990.",
        "Kenyan President William Ruto is in good health this week, his office said.",
    ],
)
def test_visit_cues_tours_and_presence_other_uses_are_no_trip(text: str) -> None:
    assert _visits(text) == set()
