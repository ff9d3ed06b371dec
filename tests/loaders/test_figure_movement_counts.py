"""Movements across a border, counted as crossings or arrivals, are a figure of the
relationship, whatever separates the thousands; crossings that are bridges are not (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _counts(text: str) -> list[tuple[Decimal, str, int | None]]:
    return [(f.value, f.unit, f.year) for f in find_figures(text, 0, FigureContext(2024))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Almost 450 000 crossings were logged on the Peru-Bolivia frontier in 2023.",
            [(Decimal(450_000), "count", 2023)],
        ),
        (
            "The Namibia-Botswana border saw some 1.3 million crossings last year.",
            [(Decimal(1_300_000), "count", 2023)],
        ),
        (
            "Sri Lanka recorded 210,000 arrivals from India in 2023.",
            [(Decimal(210_000), "count", 2023)],
        ),
        (
            "Some 6,500 transits of Georgian lorries through Armenia were logged in 2023.",
            [(Decimal(6_500), "count", 2023)],
        ),
    ],
)
def test_figure_movement_counts_are_counted(
    text: str, expected: list[tuple[Decimal, str, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two governments will build three crossings over the Zambezi.",
        "The new highway has 6 crossings of the old railway line.",
        "The plan names 12 transit corridors between Georgia and Armenia.",
    ],
)
def test_figure_movement_counts_bridges_are_no_movements(text: str) -> None:
    assert _counts(text) == []
