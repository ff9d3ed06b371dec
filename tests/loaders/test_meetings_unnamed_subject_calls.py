"""A guest the sentence calls only by the post ("the Prime Minister was received in audience by
the King, and called on X") has one meeting with each host the sentence's verbs name; a
sovereign's audience is a meeting."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

FILED = datetime.date(2025, 5, 6)
VISIT = "Prime Minister Ana Kovac of Croatia paid an official visit to Norway on 6 May 2025. "


def test_meetings_unnamed_subject_calls_each_verb_its_own_meeting() -> None:
    text = VISIT + (
        "In the afternoon, the Prime Minister was granted an audience by His Majesty King Olav "
        "Berg at the Royal Palace, and paid a courtesy call on Erik Lund, President of the "
        "Storting."
    )
    assert meetings(read(text, FILED)) == [["Ana Kovac", "Olav Berg"], ["Ana Kovac", "Erik Lund"]]


def test_meetings_unnamed_subject_calls_an_audience_with_the_king_is_a_meeting() -> None:
    text = VISIT + "The Prime Minister then had an audience with His Majesty King Olav Berg."
    assert meetings(read(text, FILED)) == [["Ana Kovac", "Olav Berg"]]


def test_meetings_unnamed_subject_calls_an_audience_of_students_is_none() -> None:
    text = VISIT + "An audience of students by the palace cheered King Olav Berg and his guest."
    assert meetings(read(text, FILED)) == []


def test_meetings_unnamed_subject_calls_one_verb_keeps_one_meeting() -> None:
    text = VISIT + (
        "The Prime Minister then called on King Olav Berg and Erik Lund, President of the "
        "Storting, together at the palace."
    )
    assert len(meetings(read(text, FILED))) == 1
