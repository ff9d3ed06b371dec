"""A sum told as some time ago ("down from $8 billion a decade ago") takes no year of the
sentence; the sum the sentence dates keeps its year."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2024 = FigureContext(document_year=2024)


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        (
            "Trade with Chile came to $1.4 billion in 2023, down from $3 billion a decade ago.",
            [(Decimal(1_400_000_000), 2023), (Decimal(3_000_000_000), None)],
        ),
        (
            "Exports to Peru hit $900 million in 2022, against $200 million some ten years ago.",
            [(Decimal(900_000_000), 2022), (Decimal(200_000_000), None)],
        ),
        (
            "Trade with Chile came to $1.4 billion in 2023, the ministry said two days ago.",
            [(Decimal(1_400_000_000), 2023)],
        ),
    ],
)
def test_figure_years_told_ago_take_no_year(
    sentence: str, years: list[tuple[Decimal, int | None]]
) -> None:
    assert [(f.value, f.year) for f in find_figures(sentence, 0, DATED_2024)] == years
