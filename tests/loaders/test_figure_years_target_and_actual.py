"""A target and where things stand, told in one sentence, keep each its own year: the target
year of "by 2027" is not the year of a sum another clause dates to 2023."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(text: str) -> list[tuple[Decimal, int | None, bool]]:
    return [(f.value, f.year, f.is_target) for f in find_figures(text, 0, FigureContext(2024))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanoi and Canberra want trade to hit $20 billion by 2030; it was $12 billion in 2023.",
            [(Decimal("20e9"), 2030, True), (Decimal("12e9"), 2023, False)],
        ),
        (
            "The partners plan to double exports to €4 billion by 2029; exports came to €2.1 "
            "billion last year.",
            [(Decimal("4e9"), 2029, True), (Decimal("2.1e9"), 2023, False)],
        ),
        (
            "Chile seeks to lift investment in Peru to $9 billion by 2028 from $6 billion in 2022.",
            [(Decimal("9e9"), 2028, True), (Decimal("6e9"), 2022, False)],
        ),
        (
            "Seoul hopes to raise imports to $3 billion by 2027, while imports reached $1.8 "
            "billion in 2023.",
            [(Decimal("3e9"), 2027, True), (Decimal("1.8e9"), 2023, False)],
        ),
    ],
)
def test_figure_years_target_and_actual_keep_their_own_years(
    text: str, expected: list[tuple[Decimal, int | None, bool]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two targets, one per clause, each with its own year
        (
            "The roadmap sets trade of $6 billion by 2026; investment of $2 billion by 2030.",
            [(Decimal("6e9"), 2026, True), (Decimal("2e9"), 2030, True)],
        ),
        # two targets joined by "and": the second keeps its own later year
        (
            "They aim to raise trade to $5 billion by 2027 and to $8 billion in 2030.",
            [(Decimal("5e9"), 2027, True), (Decimal("8e9"), 2030, True)],
        ),
        # one target over two sums in one clause stays a target for both
        (
            "Both sides aim to lift exports to $2 billion and imports to $1 billion by 2028.",
            [(Decimal("2e9"), 2028, True), (Decimal("1e9"), 2028, True)],
        ),
    ],
)
def test_figure_years_target_and_actual_targets_stay_targets(
    text: str, expected: list[tuple[Decimal, int | None, bool]]
) -> None:
    assert _figures(text) == expected
