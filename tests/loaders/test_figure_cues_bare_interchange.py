"""Translated releases also drop the adjective: "Peru is the third trading partner of Vietnam,
with an interchange of US$ 2.3 billion" is the pair's trade, not the exports the sentence goes
on to name."""

from __future__ import annotations

from decimal import Decimal

from dkg.loaders.steps.figures import FigureContext, FigureKind, find_figures


def _figures(text: str) -> list[tuple[FigureKind, Decimal]]:
    return [(f.kind, f.value) for f in find_figures(text, 0, FigureContext(2024))]


def test_figure_cues_bare_interchange_is_trade() -> None:
    text = (
        "Peru is the third trading partner of Vietnam in the region, with an interchange of "
        "US$ 2.3 billion in 2023, and Peruvian exports of fishmeal and grapes keep growing."
    )
    assert _figures(text) == [(FigureKind.TRADE_TURNOVER, Decimal(2_300_000_000))]


def test_figure_cues_bare_interchange_reached() -> None:
    text = "The interchange between both countries reached US$ 900 million last year."
    assert _figures(text) == [(FigureKind.TRADE_TURNOVER, Decimal(900_000_000))]


def test_figure_cues_road_interchange_is_no_trade() -> None:
    """Counter-example: a motorway interchange that cost a sum is a price, not trade."""
    text = "The new motorway interchange near Lima cost US$ 120 million to build."
    assert all(kind != FigureKind.TRADE_TURNOVER for kind, _ in _figures(text))
