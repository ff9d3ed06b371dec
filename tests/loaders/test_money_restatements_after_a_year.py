"""A sum restated in US dollars after the year it is of ("96 billion CFA francs in 2023 (about
158 million US dollars)") is one figure, the stated dollar sum, as without the year."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.figures import FigureContext, find_figures
from dkg.loaders.steps.shared_currencies import settle_shared_currencies


def _figures(sentence: str, country: str) -> list[tuple[str, Decimal, str, int | None]]:
    amounts = settle_shared_currencies(find_amounts(sentence), sentence, [(), (country,)])
    found = find_figures(sentence, 0, FigureContext(document_year=2024), amounts)
    return [(f.kind.value, f.value, f.unit, f.year) for f in found]


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        (
            "Exports of Togo to Ghana reached 88 billion CFA francs in 2023 (about 145 million "
            "US dollars), the ministry said.",
            "TG",
            ("exports", Decimal(145_000_000), "USD", 2023),
        ),
        (
            "Trade with Japan came to 640 billion won in 2022 (or roughly US$490 million).",
            "KR",
            ("trade_turnover", Decimal(490_000_000), "USD", 2022),
        ),
        (
            "India's exports to Nepal hit 2.1 trillion rupees in fiscal 2023 (about $25 billion).",
            "IN",
            ("exports", Decimal(25_000_000_000), "USD", 2023),
        ),
    ],
)
def test_money_restatements_after_the_sums_year_give_the_dollar_sum_once(
    sentence: str, country: str, expected: tuple[str, Decimal, str, int | None]
) -> None:
    assert _figures(sentence, country) == [expected]


def test_money_restatements_two_years_two_sums_stay_two_figures() -> None:
    sentence = "Trade reached $4.1 billion in 2023 (against $3.6 billion in 2022)."
    assert _figures(sentence, "US") == [
        ("trade_turnover", Decimal(4_100_000_000), "USD", 2023),
        ("trade_turnover", Decimal(3_600_000_000), "USD", 2022),
    ]
