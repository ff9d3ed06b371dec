"""Issue 4: a country's "sales to that market", after a clause on what it buys there, are its
exports to it; sales to a market never named before stay untyped by that cue."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.figure_cues import FigureKind
from tests.loaders.reading import read


@pytest.mark.parametrize(
    "text",
    [
        "Peru bought Korean cars worth $700 million in 2023, while its sales to that market "
        "barely passed $150 million.",
        "Ghana's imports from Turkey came to $480 million last year; its sales to this country "
        "were just $90 million.",
    ],
)
def test_figure_cues_sales_to_that_market_are_exports(text: str) -> None:
    assert [f.kind for f in read(text).figures][-1] == FigureKind.EXPORTS


def test_figure_cues_sales_to_the_home_market_are_no_exports() -> None:
    # Counter-example: a firm's sales at home name no trade between two countries.
    text = (
        "Brazil's imports from Chile reached $900 million, and car sales to the home market rose."
    )
    assert FigureKind.EXPORTS not in {f.kind for f in read(text).figures}
