"""Parts of the current year or month ("later in the year", "at the end of the month") are
that year or month of a dated document; they give no date without one, and other "end of"
phrases give none at all."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

DATE = datetime.date(2024, 9, 12)


def _dates(text: str, today: datetime.date | None = DATE) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, today)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two leaders plan to meet again later in the year.", "2024"),
        ("The envoy will return at the end of the month.", "2024-09"),
        ("Officials met earlier in the month to prepare the talks.", "2024-09"),
        ("The railway deal should be signed by the end of the year.", "2024"),
        ("Trade fell sharply in mid-2023, the ministry said.", "2023"),
        ("The embassy opened in late 2022.", "2022"),
        ("Ministers met earlier this month.", "2024-09"),
        ("Talks stalled late last year.", "2023"),
    ],
)
def test_period_phrases_name_the_year_or_month_of_the_document(text: str, expected: str) -> None:
    assert _dates(text) == [expected]


def test_period_phrases_give_nothing_without_a_document_date() -> None:
    assert _dates("The two leaders plan to meet again later in the year.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "They shook hands at the end of the meeting.",
        "The end of the year is a busy time for diplomats.",
    ],
)
def test_period_phrases_other_ends_are_no_dates(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister is due in Lima next week.", ["2024-09"]),
        ("The envoys met last week in Quito.", ["2024-09"]),
        ("The envoys meet again this week.", ["2024-09"]),
    ],
)
def test_period_phrases_a_week_within_one_month_is_that_month(
    text: str, expected: list[str]
) -> None:
    assert _dates(text) == expected


def test_period_phrases_a_week_across_two_months_gives_no_date() -> None:
    assert _dates("The minister is due in Lima next week.", datetime.date(2024, 9, 26)) == []
