"""A dot between groups of three digits before a Spanish or Portuguese scale word is a
thousands separator, as translated Latin American texts write it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts


@pytest.mark.parametrize(
    ("sentence", "value", "currency"),
    [
        ("Bilateral trade came to US$ 2.480 millones last year.", "2480000000", "USD"),
        ("Chilean exports to Peru reached US$ 3.150 millions in 2023.", "3150000000", "USD"),
        ("The bank lent R$ 1.200 milhões for the new port.", "1200000000", "BRL"),
        ("Brazilian firms pledged R$ 4.750 bilhões to the programme.", "4750000000000", "BRL"),
    ],
)
def test_amounts_a_dotted_group_before_a_translated_scale_is_thousands(
    sentence: str, value: str, currency: str
) -> None:
    assert [(a.value, a.currency) for a in find_amounts(sentence)] == [(Decimal(value), currency)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Trade between the neighbours reached US$ 2.5 billion last year.", "2500000000"),
        ("The World Bank approved a loan of $1.25 billion.", "1250000000"),
        ("Exports grew to US$ 1.250 billion in the first half.", "1250000000"),
        ("The fund holds US$ 12.5 millions in reserves.", "12500000"),
        ("Colombia received US$ 2.48 millones in aid.", "2480000"),
    ],
)
def test_amounts_decimals_and_english_scales_keep_their_dot(sentence: str, value: str) -> None:
    assert [a.value for a in find_amounts(sentence)] == [Decimal(value)]
