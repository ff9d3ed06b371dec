"""A sum of "the previous year" told after a sum of a named year is of the year before that
one, not of the year before the document's date; growth told after both is of the named year.
With no year named before it, "the previous year" keeps its reading from the document's date."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _years(sentence: str) -> list[tuple[str, Decimal, int | None]]:
    found = find_figures(sentence, 0, FigureContext(2025))
    return [(f.kind.value, f.value, f.year) for f in found]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        (
            "Exports reached 3.2 billion euros in 2021, against 2.9 billion euros the previous "
            "year.",
            [("exports", Decimal("3.2e9"), 2021), ("exports", Decimal("2.9e9"), 2020)],
        ),
        (
            "Trade reached $5 billion in 2023, against $4.2 billion a year earlier, a rise of "
            "19 percent.",
            [
                ("trade_turnover", Decimal("5e9"), 2023),
                ("trade_turnover", Decimal("4.2e9"), 2022),
                ("growth_percent", Decimal(19), 2023),
            ],
        ),
        (
            "Trade reached $5 billion last year, against $4.2 billion the previous year.",
            [("trade_turnover", Decimal("5e9"), 2024), ("trade_turnover", Decimal("4.2e9"), 2023)],
        ),
    ],
)
def test_figure_years_previous_year_is_before_the_named_year(
    sentence: str, years: list[tuple[str, Decimal, int | None]]
) -> None:
    assert _years(sentence) == years


def test_figure_years_previous_year_alone_counts_from_the_document_date() -> None:
    assert _years("Exports fell to $2 billion the previous year.") == [
        ("exports", Decimal("2e9"), 2024)
    ]
