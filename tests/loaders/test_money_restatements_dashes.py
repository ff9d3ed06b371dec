"""A rounded conversion set apart by dashes is the same sum in dollars, as one in brackets or
between commas is: one figure, in dollars (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(sentence: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence, 0, FigureContext(2024))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trade between Norway and Ghana came to NOK 6 billion - about $560 million - in 2023.",
            [(Decimal("560e6"), "USD")],
        ),
        (
            "Exports from Kenya to Rwanda reached KSh 40 billion \u2013 roughly US$310 million "
            "\u2013 last year.",
            [(Decimal("310e6"), "USD")],
        ),
    ],
)
def test_money_restatements_dashes_keep_one_sum(
    sentence: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "over" after a dash starts a sum of its own, not a rounded conversion.
        "Trade between Norway and Ghana rose to NOK 6 billion - over $100 million more than "
        "before.",
        # A second clause after a dash tells a second figure.
        "Exports to Ghana reached NOK 6 billion in 2023 - imports from Ghana were about $90 "
        "million.",
    ],
)
def test_money_restatements_dashes_leave_sums_of_their_own(sentence: str) -> None:
    assert len(_figures(sentence)) == 2
