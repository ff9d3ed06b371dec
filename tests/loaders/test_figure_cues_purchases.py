"""A country's purchases of another's goods are the seller's exports to the buyer, whatever
the goods: "Ghana's purchases of Turkish steel" are Turkey's exports to Ghana (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.pipeline import default_pipeline
from dkg.loaders.steps.read import make_document


def _figures(text: str) -> list[tuple[str, Decimal, str | None, str | None]]:
    story = f"Trade news\n\nACCRA, March 5, 2024 - {text}\n"
    document = default_pipeline()(make_document("t", "t", story))
    return [(f.kind.value, f.value, f.reporter, f.partner) for f in document.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's purchases of Turkish steel reached $180 million in 2023.",
            ("exports", Decimal("180e6"), "TR", "GH"),
        ),
        (
            "Vietnam's purchases of Brazilian soybeans climbed to $1.1 billion last year.",
            ("exports", Decimal("1.1e9"), "BR", "VN"),
        ),
    ],
)
def test_figure_cues_purchases_are_the_sellers_exports(
    text: str, expected: tuple[str, Decimal, str, str]
) -> None:
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Bonds and shares bought abroad are capital, not goods sold.
        "Norway's purchases of Chilean government bonds reached $2 billion in 2023.",
        "Qatar's purchases of British shares were worth $4 billion last year.",
        # Purchases of no one's goods name no seller.
        "The ministry's purchases of office furniture came to $3 million.",
    ],
)
def test_figure_cues_purchases_of_assets_are_no_exports(text: str) -> None:
    assert all(kind != "exports" for kind, *_ in _figures(text))
