"""Currencies written by their own names or their country's sign: "NRs" (the Nepalese rupee),
"meticais" (Mozambique), "kwanzas" (Angola) and the crowns of Central Europe and the North,
which a bare "crowns" leaves to the text's country to choose."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import AmountKind, find_amounts
from tests.loaders.reading import read


def _money(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text) if a.kind is AmountKind.MONEY]


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in read(text).figures if f.unit not in ("percent", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Bhutan stood at NRs 48 billion.", [(Decimal("48e9"), "NPR")]),
        ("The dam will cost 12.5 billion meticais.", [(Decimal("12.5e9"), "MZN")]),
        ("Luanda set aside 900 million kwanzas.", [(Decimal("900e6"), "AOA")]),
        ("Sales reached 4 billion Swedish crowns.", [(Decimal("4e9"), "SEK")]),
        ("A grant of 20 million Danish crowns was agreed.", [(Decimal("20e6"), "DKK")]),
        ("The fund holds 60 million pula.", [(Decimal("60e6"), "BWP")]),
    ],
)
def test_amounts_local_currency_names_read_their_currency(
    text: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert _money(text) == expected


def test_amounts_local_currency_names_a_bare_crown_waits_for_its_country() -> None:
    (amount,) = find_amounts("Turnover reached 95 billion crowns.")
    assert amount.currency is None
    assert "CZK" in amount.candidates and "SEK" in amount.candidates


def test_amounts_local_currency_names_crowns_without_a_number_are_no_money() -> None:
    text = "The crown prince's 12 crowning events in 2024 drew 2 million visitors."
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Slovakia's trade turnover with the Czech Republic reached about 140 billion crowns "
            "last year.",
            [(Decimal("140e9"), "CZK")],
        ),
        (
            "Norway's exports to Sweden rose to 60 billion crowns in 2023.",
            [],  # two crowns' countries named: no guess
        ),
        (
            "Nepal's imports from India stood at NRs 1,100 billion in fiscal year 2023/24.",
            [(Decimal("1100e9"), "NPR")],
        ),
        (
            "Mozambique's exports to South Africa reached 75 billion meticais in 2024.",
            [(Decimal("75e9"), "MZN")],
        ),
    ],
)
def test_amounts_local_currency_names_give_figures(
    text: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert _figures(text) == expected
