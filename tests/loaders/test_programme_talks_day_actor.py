"""Talks told as a step of the day ("The day ended with a meeting with X") in a round-up of
one person's day with no visit under way (at a summit, at the UN) are that person's talks: the
person the story is about (issue 4); before, the unnamed side was only a visit's guest."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 9, 24)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, _DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ines Duarte spent Wednesday at the UN General Assembly in New York. "
        "She opened the day with a speech on ocean treaties. The day ended with a meeting with "
        "Mongolia's Minister of Foreign Affairs, Batmunkh Battsetseg, on rail links.",
        "Foreign Minister Ines Duarte was in New York for the General Assembly week. "
        "The afternoon began with talks with Mongolian Foreign Minister Batmunkh Battsetseg.",
    ],
)
def test_programme_talks_day_actor_takes_the_story_subject(text: str) -> None:
    assert ["Batmunkh Battsetseg", "Ines Duarte"] in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        # a step that is no talks
        "Foreign Minister Ines Duarte spent Wednesday in New York. She gave a speech. "
        "The day ended with a reception for Mongolian Foreign Minister Batmunkh Battsetseg.",
        # the only person named is the counterpart: nobody else to meet
        "The day ended with a meeting with Mongolian Foreign Minister Batmunkh Battsetseg.",
    ],
)
def test_programme_talks_day_actor_no_talks_without_a_meeting_or_an_actor(text: str) -> None:
    """Counter-examples: a programme step that is a reception, and a round-up naming only the
    counterpart, make no meeting."""
    assert _meetings(text) == []
