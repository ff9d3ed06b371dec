"""A month told with "this year", "last year" or "next year" is that month of that year, read
against the document date; a month may open its sentence ("In March ...")."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

AUGUST_5 = datetime.date(2026, 8, 5)


def _dates(text: str, today: datetime.date | None = AUGUST_5) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, today)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In February this year the minister toured the region.", ["2026-02"]),
        ("The king had visited Lisbon in October last year.", ["2025-10"]),
        ("The envoys expect to meet again in April next year.", ["2027-04"]),
        ("The accord of late November last year still holds.", ["2025-11"]),
        ("In early June the delegation flew to Accra.", ["2026-06"]),
        ("In 2019 the two leaders first met.", ["2019"]),
        ("The deal was concluded late last year.", ["2025"]),
        ("The envoys met earlier this month.", ["2026-08"]),
        ("At the end of last month the mission closed.", ["2026-07"]),
    ],
)
def test_normalize_month_years_take_the_year_the_words_name(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


def test_normalize_month_years_this_year_without_a_document_date_keeps_the_month() -> None:
    # The story's own year is unknown, its month is not: --02, as a day and month stay --MM-DD.
    assert _dates("In February this year the minister toured the region.", None) == ["--02-01"]


def test_normalize_month_years_last_year_stays_unread_without_a_document_date() -> None:
    assert _dates("In February last year the minister toured the region.", None) == []


def test_normalize_month_years_a_modal_may_is_no_month() -> None:
    assert _dates("Talks may last well into the night.") == []
