"""A sum spelt out with "and a half" before its scale word ("two and a half billion dollars")
is worth the half too; "two and a half days" is no such sum."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts


def _amounts(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Goods worth three and a half billion dollars cross the bridge.",
            (Decimal("3.5e9"), "USD"),
        ),
        ("Remittances reached one and a half trillion pesos.", (Decimal("1.5e12"), None)),
        ("Some one and a half million Turks live in Germany.", (Decimal("1.5e6"), None)),
    ],
)
def test_amounts_spelt_halves_add_the_half(text: str, expected: tuple[Decimal, str | None]) -> None:
    assert _amounts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted two and a half days.",
        "Two and a half years later the line opened.",
    ],
)
def test_amounts_spelt_halves_leave_durations_whole(text: str) -> None:
    assert [value for value, _ in _amounts(text)] == [Decimal(2)]
