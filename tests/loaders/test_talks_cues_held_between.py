"""State agencies tell talks in the passive: "a meeting in a narrow format was held between
President X and President Y". The two people named after "between" met."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2023, 5, 17)


def _meetings(text: str) -> int:
    """How many meetings the text gives."""
    return len(PIPELINE(Document("t", "t", text, date=DAY)).meetings)


@pytest.mark.parametrize(
    "text",
    [
        "On 16 May, a meeting in a narrow format was held between President Sadyr Japarov "
        "and President Serdar Berdimuhamedov.",
        "Official talks were held between Prime Minister Akylbek Japarov and Prime Minister "
        "Kokhir Rasulzoda in Dushanbe on Tuesday.",
    ],
)
def test_talks_cues_a_meeting_held_between_two_people_is_a_meeting(text: str) -> None:
    assert _meetings(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The elections were held between March and May, President Sadyr Japarov told "
        "President Serdar Berdimuhamedov.",
        "The games were held between teams of both countries, President Sadyr Japarov said "
        "in a letter to President Serdar Berdimuhamedov.",
    ],
)
def test_talks_cues_something_else_held_between_dates_or_teams_is_no_meeting(text: str) -> None:
    assert _meetings(text) == 0
