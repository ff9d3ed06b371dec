"""A diaspora sized "with" its residents or as a "-strong" community, and people of one nation
who "have studied" or "remain" in another, are figures of the relationship (kind ``other``);
the same words around a number that counts no nationality's people are not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _figures(text: str) -> list[tuple[FigureKind, Decimal]]:
    found = find_paragraph_figures([(text, 0)], FigureContext(2025, ("PE", "CL")))
    return [(f.kind, f.value) for f in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The Peruvian community in Chile, with more than 240,000 residents, is the largest "
            "foreign group there.",
            240_000,
        ),
        ("He thanked the 9,000-strong Chilean community in Lima for its work.", 9_000),
        ("More than 14,000 Peruvians have studied in Chile under the scheme.", 14_000),
        ("Around 1.3 million Venezuelans remain in Peru under temporary protection.", 1_300_000),
    ],
)
def test_figure_diaspora_sizes_are_counts(text: str, value: int | None) -> None:
    expected = [] if value is None else [(FigureKind.OTHER, Decimal(value))]
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The business community, with more than 300 members, met the minister.",
        "A 5,000-strong police force guarded the summit.",
        "Prices remain in the 1,200 range.",
        "The 40 delegates have stayed in Lima since Monday.",
    ],
)
def test_figure_diaspora_sizes_near_misses_are_no_figures(text: str) -> None:
    assert _figures(text) == []
