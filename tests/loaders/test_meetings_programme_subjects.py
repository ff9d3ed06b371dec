"""Talks told as a step of the guest's programme, with the day or the visit as the subject
("The day ended with a meeting with President X"), are the visitor's talks with X."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

FILED = datetime.date(2025, 2, 6)
_ARRIVAL = (
    "MONTEVIDEO - Portuguese Prime Minister Luis Montenegro arrived in Montevideo on "
    "Wednesday for a two-day official visit. He laid a wreath at the Artigas mausoleum. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The day ended with a meeting with President Yamandu Orsi.",
        "The visit opened with talks with President Yamandu Orsi at the Executive Tower.",
        "On Thursday, the second day of the visit began with an audience with President "
        "Yamandu Orsi.",
    ],
)
def test_meetings_programme_subjects_are_the_visitor(sentence: str) -> None:
    assert meetings(read(_ARRIVAL + sentence, FILED)) == [["Luis Montenegro", "Yamandu Orsi"]]


def test_meetings_programme_subjects_need_a_visit_under_way() -> None:
    """Counter-example: with no visit told, the day's meeting has one side and is none."""
    assert meetings(read("The day ended with a meeting with President Yamandu Orsi.", FILED)) == []


def test_meetings_programme_subjects_leave_a_named_owner() -> None:
    """Counter-example: a day that is someone's own ("President X's day") is X's talks, the
    visitor takes no part in them."""
    document = read(
        _ARRIVAL + "President Yamandu Orsi's day ended with a meeting with Argentine President "
        "Javier Milei.",
        FILED,
    )
    assert ["Javier Milei", "Yamandu Orsi"] in meetings(document)
    assert all("Luis Montenegro" not in m for m in meetings(document))
