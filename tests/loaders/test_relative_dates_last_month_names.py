""" "Last January" is the latest January before the month the story was filed: this year's in a
March story, last year's in a January or February one, and "last March" in March is a year back
(issue 4)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates


def _dates(text: str, filed: datetime.date) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [mention.start.lexical for mention in find_dates(sentence, filed)]


@pytest.mark.parametrize(
    ("text", "filed", "expected"),
    [
        ("The envoy came to Lima last January.", datetime.date(2024, 3, 14), "2024-01"),
        ("Last October the two leaders met in Hanoi.", datetime.date(2025, 11, 2), "2025-10"),
        # A year word after the month still decides.
        ("The envoy came to Lima last March last year.", datetime.date(2024, 6, 1), "2023-03"),
    ],
)
def test_relative_dates_last_month_names_resolve_before_the_filing_month(
    text: str, filed: datetime.date, expected: str
) -> None:
    assert _dates(text, filed) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # "the last May summit" is the latest of a series, no month of this story.
        "She spoke at the last May summit in Oslo.",
        # "last" before a month that is no month name: the modal verb.
        "He said that at last may be the time for peace.",
    ],
)
def test_relative_dates_last_month_names_other_uses_name_no_month(text: str) -> None:
    assert _dates(text, datetime.date(2024, 3, 14)) == []


@pytest.mark.parametrize(
    ("text", "filed", "expected"),
    [
        ("The envoy came to Lima last March.", datetime.date(2024, 3, 14), "2023-03"),
        ("The ministers first talked last December.", datetime.date(2024, 2, 1), "2023-12"),
    ],
)
def test_relative_dates_last_month_names_not_before_the_filing_month_are_last_years(
    text: str, filed: datetime.date, expected: str
) -> None:
    assert _dates(text, filed) == [expected]


def test_relative_dates_last_month_names_need_the_filing_day() -> None:
    sentence = Sentence(TextSpan(0, 36), "The envoy came to Lima last January.", 0)
    assert find_dates(sentence, None) == []
