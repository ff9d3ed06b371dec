"""Pounds are sterling unless the story is about a country whose own currency is the pound and
not about Britain; the pounds that say whose they are ("Sudanese pounds", "UK pounds") are
those."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.shared_currencies import settle_shared_currencies


def _currencies(text: str, pair: tuple[str, ...]) -> list[str | None]:
    return [a.currency for a in settle_shared_currencies(find_amounts(text), text, [(), pair])]


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        ("Khartoum approved 600 billion Sudanese pounds for wheat.", ("SD", "GB"), ["SDG"]),
        ("Juba owes 90 billion South Sudanese pounds.", ("SS", "KE"), ["SSP"]),
        ("Beirut spent 4 trillion Lebanese pounds on fuel.", ("LB", "FR"), ["LBP"]),
        ("Aid of 20 billion Syrian pounds reached Aleppo.", ("SY", "TR"), ["SYP"]),
        ("The UK gave 3 million UK pounds for schools.", ("EG", "GB"), ["GBP"]),
        # a story about Egypt and India: its bare pounds are Egypt's
        ("Indian firms invested 9 billion pounds in the canal zone.", ("EG", "IN"), ["EGP"]),
    ],
)
def test_local_currencies_pounds_are_whose_the_text_says(
    text: str, pair: tuple[str, ...], expected: list[str]
) -> None:
    assert _currencies(text, pair) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Britain and Egypt both use pounds: the usual reading stays
        ("Trade reached 5 billion pounds last year.", ("EG", "GB")),
        # neither country uses pounds
        ("The club paid 80 million pounds for the striker.", ("BR", "ES")),
        # sterling says whose it is, whatever the story's countries
        ("Exports reached 2 billion pounds sterling.", ("EG", "IN")),
    ],
)
def test_local_currencies_pounds_otherwise_stay_sterling(text: str, pair: tuple[str, ...]) -> None:
    assert _currencies(text, pair) == ["GBP"]
