"""A scale word joined to its number by a hyphen, as Canadian papers write sums ("C$1-billion",
"$40-million"), is the same scale as with a space; ranges of such sums are ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa pledged a C$3-billion fund.", [(Decimal("3e9"), "CAD", False)]),
        ("a $40-million grant for clinics", [(Decimal("40e6"), "USD", False)]),
        (
            "between C$4-billion and C$5-billion in new investment",
            [(Decimal("4e9"), "CAD", True)],
        ),
        (
            "between US$25 billion and US$35 billion in investment",
            [(Decimal("25e9"), "USD", True)],
        ),
        (
            "estimated between 11 and 12 billion dollars",
            [(Decimal("11e9"), "USD", True)],
        ),
    ],
)
def test_amounts_hyphenated_scales_read_their_scale(
    text: str, expected: list[tuple[Decimal, str, bool]]
) -> None:
    assert [(a.value, a.currency, a.is_range) for a in find_amounts(text)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("a 20-year deal", Decimal(20)), ("the 12-member delegation", Decimal(12))],
)
def test_amounts_hyphenated_scales_other_words_stay_apart(text: str, value: Decimal) -> None:
    assert [a.value for a in find_amounts(text)] == [value]
