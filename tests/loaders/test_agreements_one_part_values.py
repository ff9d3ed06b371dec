"""A value told after one part picked out of a package ("four agreements, of which one, worth
90 million yuan, ...") is that part's: the package keeps its count without the value, and the
part is a document of its own with it; a value after a part named by its subject or right
after the package stays the package's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.agreements import find_agreements


@pytest.mark.parametrize(
    ("sentence", "count", "value", "currency"),
    [
        (
            "Laos and Vietnam signed five agreements, of which one, worth 40 million yuan, "
            "funds a bridge.",
            5,
            Decimal(40_000_000),
            "CNY",
        ),
        (
            "The utilities signed three contracts, one of them worth $600 million.",
            3,
            Decimal(600_000_000),
            "USD",
        ),
    ],
)
def test_agreements_one_part_values_go_to_the_part(
    sentence: str, count: int, value: Decimal, currency: str
) -> None:
    found = {(a.count, a.value, a.currency) for a in find_agreements(sentence, 0)}
    assert found == {(count, None, None), (1, value, currency)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chad and Niger signed four agreements worth $90 million, of which one covers roads.",
        "They signed four agreements, including one on water, worth $90 million in all.",
    ],
)
def test_agreements_one_part_values_a_package_value_stays_with_the_package(sentence: str) -> None:
    packages = [a for a in find_agreements(sentence, 0) if a.count == 4]
    assert [(p.value, p.currency) for p in packages] == [(Decimal(90_000_000), "USD")]
