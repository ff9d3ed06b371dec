"""A one-letter currency against a number with a scale word ("N145 billion", "R15bn") is the
naira or the rand; the same letter before a bare number or a word is a road, an article or a
name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.shared_currencies import settle_shared_currencies


def _money(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text) if a.kind.value == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state approved a N145 billion road fund.", (Decimal("145e9"), "NGN")),
        ("Lawmakers passed a N1.2 trillion budget.", (Decimal("1.2e12"), "NGN")),
        ("The port upgrade will cost ₦80 billion.", (Decimal("80e9"), "NGN")),
        ("Pretoria set aside R15bn for the new line.", (Decimal("15e9"), "ZAR")),
        ("The utility owes R 3 billion.", (Decimal("3e9"), "ZAR")),
        ("India pledged ₹2,500 crore for the corridor.", (Decimal("25e9"), "INR")),
    ],
)
def test_amounts_one_letter_currencies_are_read(text: str, expected: tuple[Decimal, str]) -> None:
    assert _money(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "N Korea fired 3 missiles on Monday.",
        "Article N5 of the treaty applies.",
        "The convoy took the R5 towards the border.",
        "The N1 highway reopened after 2 days.",
    ],
)
def test_amounts_one_letter_currencies_leave_roads_and_names_alone(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "country", "currency"),
    [
        ("Diamond sales to Belgium brought in P11.5 billion.", "BW", "BWP"),
        ("Remittances from Saudi Arabia reached P95 billion.", "PH", "PHP"),
        ("Copper earned the treasury K40bn this year.", "ZM", "ZMW"),
        ("Tobacco exports were worth K300 billion.", "MW", "MWK"),
        ("The LNG project paid K1.3 billion in royalties.", "PG", "PGK"),
        # maloti and emalangeni, glued to a scale word in a story of Lesotho or Eswatini
        ("Trade with South Africa reached M640 million in 2023.", "LS", "LSL"),
        ("The budget sets aside M1.1 billion for roads.", "LS", "LSL"),
        ("The government added a further E60 million for clinics.", "SZ", "SZL"),
        ("Sugar exports earned E2.4 billion in 2024.", "SZ", "SZL"),
    ],
)
def test_amounts_one_letter_currencies_shared_letters_take_the_story_countrys_currency(
    text: str, country: str, currency: str
) -> None:
    amounts = settle_shared_currencies(find_amounts(text), text, [(), (country,)])
    assert [(a.currency, a.kind.value) for a in amounts] == [(currency, "money")]


@pytest.mark.parametrize(
    "text",
    [
        "The P5 nations disagree on the draft resolution.",
        "K-pop concerts sold out in Manila and Jakarta.",
        "Two climbers reached the summit of K2 in July.",
        "Route P4 was closed for 3 days after the floods.",
        "The K9 unit searched 12 cars at the border.",
    ],
)
def test_amounts_one_letter_currencies_leave_groups_peaks_and_units_alone(text: str) -> None:
    assert _money(text) == []


def test_amounts_one_letter_currencies_a_shared_letter_in_a_story_of_neither_has_no_currency() -> (
    None
):
    text = "Officials said P2 billion had been set aside."
    amounts = settle_shared_currencies(find_amounts(text), text, [(), ("FR", "DE")])
    assert [a.currency for a in amounts] == [None]
