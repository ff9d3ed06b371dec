"""A local sum the text restates in US dollars right after it is stored once, in dollars."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.agreements import find_agreements
from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2024 = FigureContext(document_year=2024)


def figures(sentence: str) -> list[tuple[str, Decimal, str]]:
    return [(f.kind.value, f.value, f.unit) for f in find_figures(sentence, 0, DATED_2024)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "New Zealand's exports to Korea reached NZ$4.2 billion (about US$2.5 billion) in 2023.",
            [("exports", Decimal("2500000000"), "USD")],
        ),
        (
            "Trade between India and Kenya stood at 250 billion rupees, or about $3 billion, "
            "in 2023.",
            [("trade_turnover", Decimal("3000000000"), "USD")],
        ),
        (
            "Brazilian investment in Chile reached 20 billion reais, roughly $4 billion, "
            "last year.",
            [("investment", Decimal("4000000000"), "USD")],
        ),
        (
            "Imports from Thailand came to 90 billion yen (US$600 million) in 2023.",
            [("imports", Decimal("600000000"), "USD")],
        ),
    ],
)
def test_money_restatements_a_figure_restated_in_dollars_is_stored_in_dollars(
    sentence: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Dollars first: the local sum after them restates them, the dollars stay.
        (
            "Trade between Chile and Korea reached US$6 billion, or about 8 trillion won, in 2023.",
            [("trade_turnover", Decimal("6000000000"), "USD")],
        ),
        # No dollars given: the currency of the text stays, never converted by us.
        (
            "Trade between Brazil and Chile reached 20 billion reais last year.",
            [("trade_turnover", Decimal("20000000000"), "BRL")],
        ),
        # A sum in other money joined by "and" is a second figure, not a restatement.
        (
            "In 2023 exports reached 3 billion euros and imports totalled $2 billion.",
            [("exports", Decimal("3000000000"), "EUR"), ("imports", Decimal("2000000000"), "USD")],
        ),
    ],
)
def test_money_restatements_other_sums_keep_their_currency(
    sentence: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "currency"),
    [
        (
            "Firms from both sides signed six deals worth 40 billion yen (US$270 million).",
            "270000000",
            "USD",
        ),
        (
            "Kenyan and Emirati firms signed 12 agreements worth 9 billion dirhams, or about "
            "$2.4 billion.",
            "2400000000",
            "USD",
        ),
        # Without a dollar sum the package keeps the currency the text gives.
        ("Firms from both sides signed six deals worth 40 billion yen.", "40000000000", "JPY"),
    ],
)
def test_money_restatements_a_package_value_restated_in_dollars_is_in_dollars(
    sentence: str, value: str, currency: str
) -> None:
    found = find_agreements(sentence, 0)
    assert [(a.value, a.currency) for a in found] == [(Decimal(value), currency)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Turnover between Uzbekistan and Latvia came to UZS 900 billion (USD 70 million) "
            "in 2023.",
            [("trade_turnover", Decimal("70000000"), "USD")],
        ),
        (
            "Thai investment in Laos reached THB 40 billion (USD 1.1 billion) last year.",
            [("investment", Decimal("1100000000"), "USD")],
        ),
        # Restated in money other than dollars: one figure, in the currency of the text.
        (
            "Exports to Iceland reached NOK 9 billion (EUR 800 million) in 2023.",
            [("exports", Decimal("9000000000"), "NOK")],
        ),
    ],
)
def test_money_restatements_an_iso_code_opening_a_bracket_is_read_as_that_sums_currency(
    sentence: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert figures(sentence) == expected


def test_money_restatements_a_package_restated_after_a_bracketed_code_is_in_dollars() -> None:
    sentence = "The two firms signed five contracts worth JPY 30 billion (USD 200 million)."
    found = find_agreements(sentence, 0)
    assert [(a.value, a.currency) for a in found] == [(Decimal("200000000"), "USD")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Czech exports to Chile came to more than 20 billion koruna (or about $900 million) in "
        "2023.",
        "Czech exports to Chile came to 20 billion koruna (equivalent to roughly $900 million) "
        "in 2023.",
    ],
)
def test_money_restatements_a_bracket_opened_with_or_restates_the_sum(sentence: str) -> None:
    assert figures(sentence) == [("exports", Decimal("900000000"), "USD")]


def test_money_restatements_a_bracket_opened_with_or_and_no_sum_is_no_restatement() -> None:
    sentence = (
        "Exports reached 7 billion zlotys (or 12% more) while imports hit $2 billion in 2023."
    )
    assert [(kind, unit) for kind, _, unit in figures(sentence)] == [
        ("exports", "PLN"),
        ("growth_percent", "percent"),
        ("imports", "USD"),
    ]
