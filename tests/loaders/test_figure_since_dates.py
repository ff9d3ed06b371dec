"""A figure summed since a day of the document's year ("Since 4 February, 9,500 visas have been
issued") is that year's; one summed since a day of an earlier year spans years and has none."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2025, 7, 8)


def _years(text: str, filed: datetime.date | None = FILED) -> list[tuple[int | None, str | None]]:
    return [(f.year, f.period) for f in read(text, filed).figures]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Since 4 February, some 9,500 visas have been issued to Ghanaian students by the "
            "embassy of Canada.",
            "since 4 february",
        ),
        ("Since January, Chilean exports to Korea have reached $65 million.", "since january"),
        ("Peru's exports to Japan have reached $310 million since April 2025.", "since april 2025"),
        (
            "Mexican exports to Spain have reached $90 million since the start of the year.",
            "since the start of the year",
        ),
    ],
)
def test_figure_since_dates_a_sum_since_a_day_of_the_year_is_that_years(
    text: str, period: str
) -> None:
    assert _years(text) == [(2025, period)]


@pytest.mark.parametrize(
    "text",
    [
        # begun in an earlier year: the sum spans years
        "Since March 2022, Chilean exports to Korea have reached $65 million.",
        "Since September 2024, some 9,500 visas have been issued to Ghanaian students.",
    ],
)
def test_figure_since_dates_a_sum_begun_in_an_earlier_year_has_no_year(text: str) -> None:
    assert _years(text) == [(None, None)]


def test_figure_since_dates_a_month_still_to_come_is_last_years() -> None:
    """Counter-example: "since November" told in March began the year before."""
    text = "Since November, Chilean exports to Korea have reached $65 million."
    assert _years(text, datetime.date(2025, 3, 2)) == [(None, None)]


def test_figure_since_dates_no_document_date_gives_no_year() -> None:
    text = "Since January, Chilean exports to Korea have reached $65 million."
    assert _years(text, None) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Trade reached $5 billion in 2024, the highest since March 2019.", 2024),
        (
            "Exports to Korea reached $65 million in 2024; since January the ministers have met "
            "twice.",
            2024,
        ),
    ],
)
def test_figure_since_dates_a_since_of_another_clause_or_year_leaves_the_figure(
    text: str, year: int
) -> None:
    """Counter-examples: the figure names its own year, or the "since" is another clause's."""
    assert [y for y, _ in _years(text)] == [year]
