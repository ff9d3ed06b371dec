""" "The COP 28 summit" is the 28th Conference of the Parties, not 28 Colombian pesos: a code
that also names the UN's numbered meetings of parties counts a session before a bare number of
one or two digits, and is a currency again before a sum with a scale or more digits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.loaders.reading import read

_HEAD = "Trade talks\nMay 4, 2025\n\n"


def figure_values(text: str) -> list[tuple[Decimal, str | None]]:
    return [(f.value, f.unit) for f in read(_HEAD + text).figures]


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Chile and Japan reached $3 billion last year, the ministers said on the "
        "sidelines of the COP 28 summit in Dubai.",
        "Exports from Peru to Egypt rose to $3 billion in 2024, the ministers said at COP 16 "
        "in Cali.",
        "Trade between Chile and Japan reached $3 billion last year, the envoys told the MOP 5 "
        "meeting in Geneva.",
    ],
)
def test_amounts_a_numbered_meeting_of_parties_is_no_sum(text: str) -> None:
    assert figure_values(text) == [(Decimal(3_000_000_000), "USD")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Spain invested COP 85 billion in Colombia in 2024.", Decimal(85_000_000_000)),
        ("Spain invested COP 120 000 million in Colombia in 2024.", Decimal(120_000_000_000)),
    ],
)
def test_amounts_the_same_code_before_a_sum_is_colombian_pesos(text: str, value: Decimal) -> None:
    """Counter-examples: with a scale word or more digits, COP is the currency."""
    assert figure_values(text) == [(value, "COP")]
