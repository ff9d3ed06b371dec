"""A growth rate told after a sum and the baseline it grew from ("US$ 267 million in 2020, up
from US$ 211 million in 2019, an increase of 26.5 percent") is of the newer sum's year; the
baseline's year is only the baseline's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(sentence: str) -> list[tuple[str, Decimal, int | None]]:
    found = find_figures(sentence, 0, FigureContext(document_year=2024))
    return [(f.kind.value, f.value, f.year) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trade between Chile and Peru stood at US$ 312 million in 2021, up from US$ 254 "
            "million in 2020, an increase of 22.8 percent.",
            [
                ("trade_turnover", Decimal(312_000_000), 2021),
                ("trade_turnover", Decimal(254_000_000), 2020),
                ("growth_percent", Decimal("22.8"), 2021),
            ],
        ),
        (
            "Exports reached 9.4 billion yuan in 2023, compared with 8.1 billion yuan in 2022, "
            "a rise of 16 percent.",
            [
                ("exports", Decimal(9_400_000_000), 2023),
                ("exports", Decimal(8_100_000_000), 2022),
                ("growth_percent", Decimal(16), 2023),
            ],
        ),
    ],
)
def test_figure_years_growth_after_a_baseline_sum_is_of_the_newer_year(
    sentence: str, expected: list[tuple[str, Decimal, int | None]]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one year for both sums: it stays the year of the change
        (
            "Exports rose 25 percent to $5 billion from $4 billion in 2022.",
            [
                ("growth_percent", Decimal(25), 2022),
                ("exports", Decimal(5_000_000_000), 2022),
                ("exports", Decimal(4_000_000_000), 2022),
            ],
        ),
        # goods "from" a place, no sum: its year is the figure's
        (
            "Imports from 12 countries in 2021 reached $3 billion, up 9 percent.",
            [("imports", Decimal(3_000_000_000), 2021), ("growth_percent", Decimal(9), 2021)],
        ),
    ],
)
def test_figure_years_growth_keeps_a_shared_or_unbaselined_year(
    sentence: str, expected: list[tuple[str, Decimal, int | None]]
) -> None:
    assert _figures(sentence) == expected
