"""Every dollar, and every peso or pataca written with "$", that its press marks with its
country's letters ("N$", "L$", "CI$", "COL$") is read in its own currency, not as US dollars
nor as an unknown sign (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import AmountKind, find_amounts


def _money(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text) if a.kind is AmountKind.MONEY]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Windhoek set aside N$1.5 billion for the rail link.", (Decimal("1.5e9"), "NAD")),
        ("Monrovia collected L$900 million in port fees.", (Decimal("900e6"), "LRD")),
        ("The Cayman fund paid CI$12 million in dividends.", (Decimal("12e6"), "KYD")),
        ("Hamilton raised BD$75 million in bonds.", (Decimal("75e6"), "BMD")),
        ("Paramaribo owes Sr$2 billion to its suppliers.", (Decimal("2e9"), "SRD")),
        ("Bogota budgeted COL$5 trillion for the metro.", (Decimal("5e12"), "COP")),
        ("The exporters earned AR$30 billion.", (Decimal("30e9"), "ARS")),
        ("The casino group paid MOP$600 million in taxes.", (Decimal("600e6"), "MOP")),
        ("Montevideo spent $U 4 billion on ports.", (Decimal("4e9"), "UYU")),
    ],
)
def test_amounts_dollar_prefixes_name_their_currency(text: str, money: tuple[Decimal, str]) -> None:
    assert _money(text) == [money]


@pytest.mark.parametrize(
    "text",
    [
        # "B$" is the dollar of both Brunei and the Bahamas: no currency is better than a wrong one.
        "The ministry allotted B$40 million to the new port.",
        # Letters glued to a "$" that no country writes are no US dollars either.
        "The ministry allotted QX$40 million to the new port.",
    ],
)
def test_amounts_dollar_prefixes_unknown_or_shared_are_not_us_dollars(text: str) -> None:
    assert all(currency != "USD" for _, currency in _money(text))


def test_amounts_dollar_prefixes_keep_us_dollars_after_the_sign() -> None:
    assert _money("Washington pledged $US 2 billion to the fund.") == [(Decimal("2e9"), "USD")]
