"""Weekdays told in wire style, without "on": a day only where a verb tells which side of the
filing day it lies."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

THURSDAY = datetime.date(2024, 3, 14)


def _days(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, THURSDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign minister arrived Tuesday in Lima for talks.", ["2024-03-12"]),
        ("The two presidents held talks Wednesday at the palace.", ["2024-03-13"]),
        ("Officials said Monday that the trip would go ahead.", ["2024-03-11"]),
        ("The delegation reached Accra Tuesday evening.", ["2024-03-12"]),
        ("The premier landed in Oslo Tuesday after a long flight.", ["2024-03-12"]),
        ("The chancellor leaves Saturday for Brasilia.", ["2024-03-16"]),
        ("She will fly home Friday.", ["2024-03-15"]),
        ("The exhibition runs until Tuesday.", ["2024-03-19"]),
    ],
)
def test_date_tense_wire_weekdays_take_the_tense_of_their_verb(
    text: str, expected: list[str]
) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shops were closed on Good Friday last spring.",
        "The plan was first reported by the Sunday Times.",
        "Sunday's vote was seen as a test for the coalition.",
        "The Sunday market draws crowds from across the valley.",
        "Parliament sits every Monday during the session.",
        "Elections Sunday.",
    ],
)
def test_date_tense_weekday_nouns_and_names_are_no_days(text: str) -> None:
    assert _days(text) == []


JANUARY = datetime.date(2023, 1, 10)


def _months(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, JANUARY)]


def test_date_tense_future_in_reported_speech_is_the_coming_month() -> None:
    assert _months("The premier said the summit would be held in May.") == ["2023-05"]


def test_date_tense_a_month_told_in_the_past_is_the_last_one() -> None:
    assert _months("The summit was held in May.") == ["2022-05"]


def test_date_tense_a_wire_weekday_still_to_come_does_not_fix_the_dateline_weekday() -> None:
    text = (
        "QUITO, May 7 (Wire) - The premier returns home Monday, after talks that she held "
        "Sunday with the president."
    )
    document = default_pipeline()(Document("t", "t", text))
    assert [d.start.lexical for d in document.dates] == ["--05-08", "--05-07"]
