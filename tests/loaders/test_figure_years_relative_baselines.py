"""A sum dated "last year" beside a target "by 2030" is where things stand, dated the year
before the document's, not the target's year (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(text: str, year: int | None = 2024) -> list[tuple[Decimal, int | None, bool]]:
    return [(f.value, f.year, f.is_target) for f in find_figures(text, 0, FigureContext(year))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both sides want to lift trade from $9 billion last year to $15 billion by 2028.",
            [(Decimal("9e9"), 2023, False), (Decimal("15e9"), 2028, True)],
        ),
        (
            "Vietnam and Chile aim to raise bilateral trade from $2 billion this year to $4 "
            "billion by 2030.",
            [(Decimal("2e9"), 2024, False), (Decimal("4e9"), 2030, True)],
        ),
        (
            "Japan hopes its investment in Ghana will reach $1 billion by 2026, up from $400 "
            "million last year.",
            [(Decimal("1e9"), 2026, True), (Decimal("400e6"), 2023, False)],
        ),
    ],
)
def test_figure_years_relative_baselines_date_the_sum_before_the_target(
    text: str, expected: list[tuple[Decimal, int | None, bool]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A target for this year is still a target, of this year.
        (
            "The ministers aim to reach $5 billion in trade this year.",
            [(Decimal("5e9"), 2024, True)],
        ),
        # A target with no baseline keeps the target's year.
        (
            "The two governments aim to double trade to $10 billion by 2029.",
            [(Decimal("10e9"), 2029, True)],
        ),
    ],
)
def test_figure_years_relative_baselines_leave_targets_alone(
    text: str, expected: list[tuple[Decimal, int | None, bool]]
) -> None:
    assert _figures(text) == expected
