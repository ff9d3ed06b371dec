"""Money as the English-language press of the Pacific, the Caribbean and Latin America writes
it: its own dollar signs ("FJ$", "G$", "EC$"), currency names ("kina", "Jamaican dollars",
"quetzales") and sums spelt out with "hundred and" ("five hundred and twenty million euros")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import AmountKind, find_amounts


def _money(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text) if a.kind is AmountKind.MONEY]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Sugar exports earned FJ$96.5 million last season.", (Decimal(96_500_000), "FJD")),
        ("The bridge will cost G$4.2 billion.", (Decimal(4_200_000_000), "GYD")),
        ("Tourism brought in EC$310 million.", (Decimal(310_000_000), "XCD")),
        ("The port upgrade is valued at J$7 billion.", (Decimal(7_000_000_000), "JMD")),
        ("Remittances reached TT$2.1 billion.", (Decimal(2_100_000_000), "TTD")),
        ("Coffee sales fell to 640 million kina.", (Decimal(640_000_000), "PGK")),
        ("Grants totalled 35 million Solomon Islands dollars.", (Decimal(35_000_000), "SBD")),
        ("Exports of 12 billion Jamaican dollars were recorded.", (Decimal(12_000_000_000), "JMD")),
        ("The loan is worth 900 million quetzales.", (Decimal(900_000_000), "GTQ")),
        ("Trade reached 2 billion Fijian dollars.", (Decimal(2_000_000_000), "FJD")),
    ],
)
def test_amounts_regional_currencies_keep_their_own_code(
    text: str, money: tuple[Decimal, str]
) -> None:
    assert _money(text) == [money]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry spent 40 million dollars on the new terminal.",
        "The US pledged $40 million to the fund.",
        "Bids of 40 million dollars each were opened.",
    ],
)
def test_amounts_plain_dollars_stay_us_dollars(text: str) -> None:
    assert _money(text) == [(Decimal(40_000_000), "USD")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aid worth five hundred and twenty million euros arrived.", Decimal(520_000_000)),
        ("A credit of a hundred and fifty million euros was agreed.", Decimal(150_000_000)),
        ("Exports of three hundred million euros were recorded.", Decimal(300_000_000)),
    ],
)
def test_amounts_hundred_and_tens_spelt_out_are_one_sum(text: str, value: Decimal) -> None:
    assert _money(text) == [(value, "EUR")]


def test_amounts_and_after_a_hundred_without_a_number_word_joins_nothing() -> None:
    text = "Some two hundred and more firms came, and nine hundred and then fifty more."
    assert [a.value for a in find_amounts(text)] == [Decimal(200), Decimal(900), Decimal(50)]
