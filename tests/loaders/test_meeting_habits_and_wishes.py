"""Talks a sentence tells only as a habit ("have spoken on several occasions"), as a wish
("hopes to hold a meeting with") or as a proposal ("a meeting between A and B had been
proposed") are no meetings; talks held beside such words still are."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2023, 3, 17)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mara Lindqvist and Premier Tomas Berg have spoken by phone on several "
        "occasions over the past year.",
        "President Mara Lindqvist has met Premier Tomas Berg many times since 2019.",
        "President Mara Lindqvist regularly speaks by telephone with Premier Tomas Berg.",
    ],
)
def test_meeting_habits_talks_told_as_a_habit_are_no_meeting(sentence: str) -> None:
    assert meetings(read(sentence, _DAY)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # The habit belongs to a clause of its own; the talks have their day.
        "President Mara Lindqvist, who has visited Oslo many times, held talks with Premier "
        "Tomas Berg on Thursday.",
        "President Mara Lindqvist met Premier Tomas Berg on Thursday, as they often do.",
        # Repeated talks with a day of their own are still that day's talks.
        "President Mara Lindqvist spoke by phone several times on Thursday with Premier Tomas "
        "Berg.",
    ],
)
def test_meeting_habits_talks_beside_a_habit_are_a_meeting(sentence: str) -> None:
    assert meetings(read(sentence, _DAY)) == [["Mara Lindqvist", "Tomas Berg"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "A meeting between President Mara Lindqvist and Premier Tomas Berg had been proposed "
        "by their aides, but it did not fit the programme.",
        "Talks between President Mara Lindqvist and Premier Tomas Berg were suggested by the "
        "host, and no date was set.",
        "President Mara Lindqvist hopes to hold a fuller meeting with Premier Tomas Berg in "
        "the spring.",
        "President Mara Lindqvist would like to sit down with Premier Tomas Berg soon.",
    ],
)
def test_meeting_wishes_proposed_or_wished_talks_are_no_meeting(sentence: str) -> None:
    assert meetings(read(sentence, _DAY)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # The wish is the subject's, in a clause of its own; the talks were held.
        "President Mara Lindqvist, who hopes to double trade, met Premier Tomas Berg on Thursday.",
        # A verb of talks, not the noun a proposal is said of.
        "President Mara Lindqvist held talks with Premier Tomas Berg on Thursday; the meeting "
        "had been proposed by his office in May.",
    ],
)
def test_meeting_wishes_talks_held_beside_a_wish_are_a_meeting(sentence: str) -> None:
    assert meetings(read(sentence, _DAY)) == [["Mara Lindqvist", "Tomas Berg"]]


def test_meeting_wishes_talks_agreed_on_are_no_meeting() -> None:
    sentence = (
        "President Mara Lindqvist and Premier Tomas Berg agreed to speak by telephone before "
        "the summit, but no date was set."
    )
    assert meetings(read(sentence, _DAY)) == []


def test_meeting_wishes_talks_held_by_people_who_agreed_on_something_are_a_meeting() -> None:
    sentence = "President Mara Lindqvist, who agreed to expand trade, met Premier Tomas Berg."
    assert meetings(read(sentence, _DAY)) == [["Mara Lindqvist", "Tomas Berg"]]
