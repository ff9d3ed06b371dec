"""Trade as translated releases name it: Spanish "intercambio comercial" and Portuguese
"intercâmbio comercial" come out as "commercial exchange" or "commercial interchange"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, FigureKind, find_figures


def _figures(text: str) -> list[tuple[FigureKind, Decimal]]:
    return [(f.kind, f.value) for f in find_figures(text, 0, FigureContext(2024))]


@pytest.mark.parametrize(
    "text",
    [
        "The commercial exchange between both countries reached 4,200 million dollars in 2023.",
        "The commercial interchange between Peru and Ecuador sums 4,200 million dollars.",
        "Both leaders celebrated that commercial exchanges added up to 4,200 million dollars.",
    ],
)
def test_figure_cues_commercial_exchange_is_trade(text: str) -> None:
    assert _figures(text) == [(FigureKind.TRADE_TURNOVER, Decimal(4_200_000_000))]


def test_figure_cues_an_exchange_of_notes_is_no_trade() -> None:
    """Counter-example: money in an exchange of notes prices the notes, not the trade."""
    text = "The two sides signed an exchange of notes on a loan of 4,200 million yen."
    assert _figures(text) == []
