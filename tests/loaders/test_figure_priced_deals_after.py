"""A sum told as the worth of the deals it names right after ("courts $2bn in Chinese
investment deals") prices agreements, which carry it: no investment figure (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(sentence: str) -> list[tuple[str, Decimal]]:
    return [(f.kind.value, f.value) for f in find_figures(sentence, 0, FigureContext(2025))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana courts $3bn in Emirati investment deals as Mahama visits Abu Dhabi",
        "Peru lands $1.2 billion of Korean energy agreements during Yoon trip",
        "Egypt seals $800 million in trade accords with Turkey.",
    ],
)
def test_figure_priced_deals_after_give_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Emirati firms put $3bn in investment into Ghana's ports.",
            [("investment", Decimal("3e9"))],
        ),
        (
            "Korean exports of $1.2 billion in 2024 went mostly to Peru's mines.",
            [("exports", Decimal("1.2e9"))],
        ),
        (
            "Turkey's trade with Egypt reached $8 billion, and the deals signed will add more.",
            [("trade_turnover", Decimal("8e9"))],
        ),
    ],
)
def test_figure_priced_deals_after_leave_sums_of_a_kind(
    sentence: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert _figures(sentence) == expected
