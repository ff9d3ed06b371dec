"""Goods crossing the border between two countries are their trade, told without the word
"trade": "produce worth $12 million crossed the Benin-Togo frontier" (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(text: str) -> list[tuple[str, Decimal, int | None]]:
    return [(f.kind.value, f.value, f.year) for f in find_figures(text, 0, FigureContext(2024))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Merchandise valued at nearly $95 million crossed the Uganda-Rwanda border in 2023.",
            ("trade_turnover", Decimal("95e6"), 2023),
        ),
        (
            "Some $30 million worth of goods crossed the frontier between Niger and Chad last "
            "year.",
            ("trade_turnover", Decimal("30e6"), 2023),
        ),
        (
            "Cargo worth about 8 billion tenge passed through the Kazakh-Kyrgyz border in 2022.",
            ("trade_turnover", Decimal("8e9"), 2022),
        ),
    ],
)
def test_figure_cues_goods_across_borders_are_trade(
    text: str, expected: tuple[str, Decimal, int]
) -> None:
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Goods that cross no border are no trade.
        "Goods worth $3 million were seized by customs officers at the port.",
        # What crosses the border is no goods.
        "Cash worth $2 million crossed the border hidden in a truck.",
    ],
)
def test_figure_cues_goods_across_borders_need_goods_and_a_border(text: str) -> None:
    assert _figures(text) == []
