"""Money outside trade that is still a figure of the relationship: aid given and contracts a
company won. Money that prices an agreement, a loan or a grant stays out of the figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, FigureKind, find_figures


def _figures(text: str) -> list[tuple[FigureKind, Decimal, str]]:
    return [(f.kind, f.value, f.unit) for f in find_figures(text, 0, FigureContext(2024))]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Hitachi's Indian unit won an order worth ₹8,000 crore for metro coaches.", 8e10, "INR"),
        ("Turkish builders have secured contracts worth about $30 billion in Iraq.", 3e10, "USD"),
        ("The firm was awarded a tender of €1.2bn to build the bridge.", 1.2e9, "EUR"),
    ],
)
def test_figure_contract_a_company_won_is_a_figure(text: str, value: float, unit: str) -> None:
    assert _figures(text) == [(FigureKind.OTHER, Decimal(int(value)), unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Rome announced €40 million in Italian support for the region.", 4e7, "EUR"),
        ("Canberra gives development assistance of around A$90 million a year.", 9e7, "AUD"),
        ("Tokyo pledged $15 million in humanitarian aid.", 1.5e7, "USD"),
    ],
)
def test_figure_aid_given_is_a_figure(text: str, value: float, unit: str) -> None:
    assert _figures(text) == [(FigureKind.OTHER, Decimal(int(value)), unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The two governments signed contracts worth $3 billion.",
        "Seoul extended a loan of $500 million for the port.",
        "The bank approved a grant of $20 million for the clinic.",
    ],
)
def test_figure_money_that_prices_a_deal_or_a_loan_is_not_a_figure(text: str) -> None:
    assert _figures(text) == []


def test_figure_goods_sold_to_another_country_are_exports() -> None:
    text = "Chilean goods worth about $2.1 billion were sold to Peru last year."
    assert _figures(text) == [(FigureKind.EXPORTS, Decimal(2_100_000_000), "USD")]
