"""What one country's tourists spend in another and a sum deposited with its central bank are
figures of the relationship; earnings from anything else are not (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(sentence: str) -> list[tuple[str, Decimal, str]]:
    found = find_figures(sentence, 0, FigureContext(2025))
    return [(f.kind.value, f.value, f.unit) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Croatia earned 900 million euros from German tourists in the first half.",
            [("other", Decimal("9e8"), "EUR")],
        ),
        (
            "Tourism receipts from Chinese visitors to Thailand reached $4 billion in 2024.",
            [("other", Decimal("4e9"), "USD")],
        ),
        (
            "Qatar deposited $2 billion with the central bank of Egypt.",
            [("other", Decimal("2e9"), "USD")],
        ),
    ],
)
def test_figure_tourism_and_deposits_are_figures(
    sentence: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline earned 900 million euros from cargo in the first half.",
        "The miner deposited $2 billion worth of ore at the port.",
        "The hotel chain earned $40 million last year.",
    ],
)
def test_figure_tourism_and_deposits_leave_other_earnings(sentence: str) -> None:
    assert _figures(sentence) == []
