"""A one-letter currency against a number with a scale word ("N145 billion", "R15bn") is the
naira or the rand; the same letter before a bare number or a word is a road, an article or a
name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts


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
