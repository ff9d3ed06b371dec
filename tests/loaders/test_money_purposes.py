"""Money that is not trade (remittances, deposits, debt claims, aid packages, a share of a total)
and trade told with verbs of selling, buying and exchanging are figures; the lookalikes (a mine's
deposit, debt securities, a package of documents, a price paid once, a shop's sales) are not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_cues import FigureKind
from dkg.loaders.steps.figures import FigureContext, find_figures

CONTEXT = FigureContext(document_year=2025)
OTHER = FigureKind.OTHER


def _figures(sentence: str) -> list[tuple[FigureKind, Decimal]]:
    return [(f.kind, f.value) for f in find_figures(sentence, 0, CONTEXT)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Remittances sent home by Filipinos in Japan reached US$2.1 billion last year.",
            [(OTHER, Decimal("2.1e9"))],
        ),
        ("Nepal received $900 million in remittances from Qatar.", [(OTHER, Decimal("9e8"))]),
        (
            "The Emirates keeps a $2 billion deposit at the State Bank of Pakistan.",
            [(OTHER, Decimal("2e9"))],
        ),
        (
            "Riyadh made a deposit of US$5 billion with Egypt's central bank.",
            [(OTHER, Decimal("5e9"))],
        ),
        ("Paris holds 150 million euros of claims on Lusaka.", [(OTHER, Decimal("1.5e8"))]),
        (
            "Brussels approved a support package of EUR 600 million for Tunisia.",
            [(OTHER, Decimal("6e8"))],
        ),
        (
            "Ireland has provided 4 million euros to Malawi over the past five years.",
            [(OTHER, Decimal("4e6"))],
        ),
        (
            "Of the total, EUR 90 million will go to schools in the north.",
            [(OTHER, Decimal("9e7"))],
        ),
    ],
)
def test_money_purposes_money_between_countries_that_is_not_trade(
    sentence: str, expected: list[tuple[FigureKind, Decimal]]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A copper deposit worth $4 billion was found near the border.",
        "The firm sold $300 million of debt securities in London.",
        "The hotel has provided 2 million euros of rooms since opening.",
        "Of the guests, 40 came from Chile.",
        "The ministers signed a package of 12 documents.",
    ],
)
def test_money_purposes_lookalikes_are_no_figures(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("India sold goods worth $3.2 billion to Bangladesh in 2024.", FigureKind.EXPORTS),
        ("Chile's sales to Korea came to $41 million in 2023.", FigureKind.EXPORTS),
        ("Ghana bought goods worth $800 million from Turkey in 2024.", FigureKind.IMPORTS),
        ("Kenya's purchases from Egypt totalled $95 million in 2023.", FigureKind.IMPORTS),
        (
            "Goods exchanged between Peru and Spain reached EUR 2.6 billion in 2024.",
            FigureKind.TRADE_TURNOVER,
        ),
    ],
)
def test_money_purposes_trade_told_with_verbs(sentence: str, kind: FigureKind) -> None:
    assert [f.kind for f in find_figures(sentence, 0, CONTEXT)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The retailer's sales to consumers rose to $5 million.",
        "He sold his house for $2 million in 2020.",
    ],
)
def test_money_purposes_sales_that_are_no_trade_between_countries(sentence: str) -> None:
    assert _figures(sentence) == []
