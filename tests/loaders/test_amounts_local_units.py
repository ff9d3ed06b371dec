"""Amounts in the units and currency signs of local news: Indian lakh and crore, "bn"/"mn"/"tn"
glued to the number, and the letter abbreviations of Gulf, Asian and African currencies. The
currency is kept as written, never converted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts


def _money(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The railway order is worth ₹12,500 crore.", Decimal(125_000_000_000)),
        ("The state set aside ₹3 lakh crore for roads.", Decimal(3_000_000_000_000)),
        ("Exports of INR 40 thousand crore were recorded.", Decimal(400_000_000_000)),
        ("A grant of INR 750 crore was approved.", Decimal(7_500_000_000)),
        ("Each farmer receives ₹ 2.5 lakh.", Decimal(250_000)),
    ],
)
def test_amounts_indian_units_are_read_at_their_value_in_rupees(text: str, value: Decimal) -> None:
    assert _money(text) == [(value, "INR")]


def test_amounts_lakh_counts_people_without_a_currency() -> None:
    assert _money("Nearly 1.5 lakh pilgrims made the journey.") == [(Decimal(150_000), None)]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The fund invested €4.2bn last year.", (Decimal(4_200_000_000), "EUR")),
        ("A loan of $350mn was signed.", (Decimal(350_000_000), "USD")),
        ("Output reached $2.1tn.", (Decimal(2_100_000_000_000), "USD")),
        ("The port cost US$ 900 million.", (Decimal(900_000_000), "USD")),
        ("The tower cost Dh 8 billion.", (Decimal(8_000_000_000), "AED")),
        ("The airline ordered jets worth Dh45bn.", (Decimal(45_000_000_000), "AED")),
        ("Riyadh committed SAR 20 billion.", (Decimal(20_000_000_000), "SAR")),
        ("Riyadh committed SR7bn more.", (Decimal(7_000_000_000), "SAR")),
        ("Kuala Lumpur approved RM1.2 billion.", (Decimal(1_200_000_000), "MYR")),
        ("Nairobi budgeted KSh 30 billion.", (Decimal(30_000_000_000), "KES")),
        ("Lagos raised ₦250 billion.", (Decimal(250_000_000_000), "NGN")),
    ],
)
def test_amounts_currency_abbreviations_keep_their_currency(
    text: str, money: tuple[Decimal, str]
) -> None:
    assert _money(text) == [money]


@pytest.mark.parametrize(
    "text",
    [
        "Scan the QR code 5 times.",
        "He drove down the R5 for an hour.",
        "The sr 10 form.",
        "Both leaders will attend COP28 in Dubai.",
    ],
)
def test_amounts_letters_that_are_not_a_currency_give_none(text: str) -> None:
    assert all(currency is None for _, currency in _money(text))


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Bilateral trade touched AED12.5 billion.", (Decimal(12_500_000_000), "AED")),
        ("The ministry released USD3bn for ports.", (Decimal(3_000_000_000), "USD")),
        ("Accra borrowed GH¢8 billion from banks.", (Decimal(8_000_000_000), "GHS")),
        ("Brasilia pledged R$2 billion.", (Decimal(2_000_000_000), "BRL")),
        ("Mexico City set aside MX$6 billion.", (Decimal(6_000_000_000), "MXN")),
        ("Taipei spent NT$9 billion.", (Decimal(9_000_000_000), "TWD")),
        ("Singapore granted S$1.5 billion.", (Decimal(1_500_000_000), "SGD")),
        ("Ottawa gave C$4 billion.", (Decimal(4_000_000_000), "CAD")),
        ("Hong Kong raised HK$7 billion.", (Decimal(7_000_000_000), "HKD")),
        ("Canberra added A$3 billion.", (Decimal(3_000_000_000), "AUD")),
        ("Washington gave US$5 billion.", (Decimal(5_000_000_000), "USD")),
    ],
)
def test_amounts_signs_and_codes_glued_to_the_number_keep_their_currency(
    text: str, money: tuple[Decimal, str]
) -> None:
    assert _money(text) == [money]


def test_amounts_an_unknown_dollar_sign_is_not_read_as_us_dollars() -> None:
    # A sign missing from the tables must not borrow the currency of an earlier amount.
    text = "After a $2 billion grant, the bank lent ZW$6 billion and \u20bf3 billion more."
    assert _money(text) == [(Decimal(2_000_000_000), "USD")]


def test_amounts_a_code_glued_to_a_bare_number_is_a_name() -> None:
    assert _money("Delegates met at COP28 and G20 sessions in AED2 halls.") == []


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Trade stood at RM95.5 bil last year.", (Decimal(95_500_000_000), "MYR")),
        ("The port expansion costs RM 4.2 bil.", (Decimal(4_200_000_000), "MYR")),
    ],
)
def test_amounts_malaysian_bil_is_billions(text: str, money: tuple[Decimal, str]) -> None:
    """Bernama writes billions "bil"."""
    assert _money(text) == [money]


def test_amounts_bil_is_no_scale_inside_a_word() -> None:
    """Counter-example: the "bill" of a parliament is no scale of the number before it."""
    assert _money("Parliament passed 3 bills and RM2 billion in spending.") == [
        (Decimal(3), None),
        (Decimal(2_000_000_000), "MYR"),
    ]
