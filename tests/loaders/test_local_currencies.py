"""A bare currency name that several countries use ("dirhams", "rupees") is the currency of
the one country of the document's pair that uses it; a name that says whose it is, or a pair
where both or neither use it, keeps the usual reading."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.shared_currencies import settle_shared_currencies


def _currencies(text: str, pair: tuple[str, ...]) -> list[str | None]:
    return [a.currency for a in settle_shared_currencies(find_amounts(text), text, [(), pair])]


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        ("Trade with Senegal reached 2.1 billion dirhams last year.", ("MA", "SN"), ["MAD"]),
        ("Pakistan will spend 40 billion rupees on the corridor.", ("PK", "CN"), ["PKR"]),
        ("Trade rose from 3 billion dirhams to 3.4 billion.", ("MA", "MR"), ["MAD", "MAD"]),
    ],
)
def test_local_currencies_bare_name_is_the_pairs(
    text: str, pair: tuple[str, ...], expected: list[str]
) -> None:
    assert _currencies(text, pair) == expected


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        ("The fund holds 5 billion UAE dirhams.", ("MA", "SN"), ["AED"]),
        ("Trade reached 2.1 billion dirhams last year.", ("MA", "AE"), ["AED"]),
        ("Trade reached 2.1 billion dirhams last year.", ("FR", "DE"), ["AED"]),
        ("The loan of 40 billion rupees was repaid.", ("IN", "PK"), ["INR"]),
    ],
)
def test_local_currencies_named_or_shared_keep_their_reading(
    text: str, pair: tuple[str, ...], expected: list[str]
) -> None:
    """Counter-examples: "UAE dirhams" says whose; both of the pair, or neither, use the name."""
    assert _currencies(text, pair) == expected
