"""Someone who "sat in on both meetings" took part in the two meetings told last; someone who
joined "the talks" in the one told last."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

FILED = datetime.date(2025, 5, 6)
TOLD = (
    "Prime Minister Ana Kovac of Croatia paid an official visit to Norway on 6 May 2025. "
    "Kovac met Prime Minister Erik Lund at his office. She also called on Crown Prince Olav "
    "Berg. "
)


def test_meetings_joined_both_adds_the_joiner_to_the_two_last_meetings() -> None:
    text = TOLD + "Foreign Minister Ivo Horvat sat in on both meetings."
    assert meetings(read(text, FILED)) == [
        ["Ana Kovac", "Erik Lund", "Ivo Horvat"],
        ["Ana Kovac", "Ivo Horvat", "Olav Berg"],
    ]


def test_meetings_joined_the_talks_adds_the_joiner_to_the_last_meeting_only() -> None:
    text = TOLD + "Foreign Minister Ivo Horvat sat in on the talks."
    assert meetings(read(text, FILED)) == [
        ["Ana Kovac", "Erik Lund"],
        ["Ana Kovac", "Ivo Horvat", "Olav Berg"],
    ]


def test_meetings_joined_both_needs_a_word_of_meetings() -> None:
    text = TOLD + "Foreign Minister Ivo Horvat sat in on both sides of the hall."
    assert meetings(read(text, FILED)) == [["Ana Kovac", "Erik Lund"], ["Ana Kovac", "Olav Berg"]]
