"""A share one country holds in another's trade or investment is a figure, in digits or in
words ("a fifth of"); a share of one economy's own total is not (issue 4)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from tests.loaders.reading import read

_HEAD = "Trade talks\n\nLIMA, 10 June 2025 - Ministers met on Tuesday.\n\n"


def _shares(sentence: str) -> list[tuple[Decimal, str | None, str | None]]:
    document = read(_HEAD + sentence + "\n", datetime.date(2025, 6, 10))
    return [
        (f.value, f.reporter, f.partner)
        for f in document.figures
        if f.unit == "percent" and f.kind.value == "other"
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Chile buys roughly a fifth of its copper concentrate from Peru.", "20.0"),
        ("Two-thirds of Bolivia's gas exports go to Argentina.", "66.7"),
        ("One quarter of the cargo handled at Chilean ports comes from Peru.", "25"),
        ("Norway accounts for some 4 percent of foreign investment in Ghana.", "4"),
        ("The deal opens duty-free access for about 85% of Moroccan exports to Nigeria.", "85"),
    ],
)
def test_figure_shares_between_two_countries_are_figures(sentence: str, value: str) -> None:
    (share,) = _shares(sentence)
    assert share[0] == Decimal(value)
    assert share[1] is not None and share[2] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Cocoa accounts for 60 percent of Ghana's exports.",
        "A third of Peru's budget goes to schools.",
        "Samsung makes half of its phones in Vietnam.",
        "About a third of the delegates at the Lima forum were women.",
        "Half of Chile's ministers stayed home; Peru sent two.",
        "A quarter of Kenya's coffee is grown on small farms, while Uganda grows more.",
        "Qatar will hold 49 percent of the joint venture with Egypt's state oil firm.",
        "Brazil and China together are home to a fifth of the world's people.",
        "Russia supplies about a third of Europe's gas, Turkey said.",
        "Half of Chile's copper exports go to China.",
    ],
)
def test_figure_shares_of_one_economy_are_no_figures(sentence: str) -> None:
    assert _shares(sentence) == []
