"""The koruna is the Czech currency, named with or without "Czech"; a crown needs its country."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.amounts import AmountKind, find_amounts


def _currencies(text: str) -> list[str | None]:
    return [a.currency for a in find_amounts(text) if a.kind is AmountKind.MONEY]


@pytest.mark.parametrize(
    "text",
    [
        "The plant cost 40 billion koruna.",
        "Brno set aside 300 million korun for the tram.",
        "Exports were worth 2 billion Czech crowns.",
    ],
)
def test_amounts_bare_koruna_is_czech(text: str) -> None:
    assert _currencies(text) == ["CZK"]


def test_amounts_bare_koruna_a_bare_crown_names_no_currency() -> None:
    assert _currencies("The crown jewels drew 2 million visitors.") == []
