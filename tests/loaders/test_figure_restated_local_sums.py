"""A local sum restated in US dollars is one figure, in dollars, also when its year stands
between the two or when its sign is one several countries use (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(sentence: str) -> list[tuple[str, Decimal, str]]:
    found = find_figures(sentence, 0, FigureContext(document_year=2025))
    return [(f.kind.value, f.value, f.unit) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trade between Chile and Bolivia hit 1.1 trillion pesos in 2023, "
            "or about $1.2 billion.",
            [("trade_turnover", Decimal("1.2e9"), "USD")],
        ),
        (
            "Exports of Kenya to Tanzania reached 90 billion shillings last year "
            "(roughly $700 million).",
            [("exports", Decimal("7e8"), "USD")],
        ),
        (
            "A Nordic fund will invest 600 million kroner (about $55 million) in Ghana's ports.",
            [("investment", Decimal("5.5e7"), "USD")],
        ),
    ],
)
def test_figure_restated_local_sums_are_one_figure_in_dollars(
    sentence: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trade reached 40 billion yuan in 2023, and $2 billion more came from services.",
            [("trade_turnover", Decimal("4e10"), "CNY"), ("trade_turnover", Decimal("2e9"), "USD")],
        ),
        ("A Nordic fund will invest 600 million kroner in Ghana's ports.", []),
        (
            "Exports to Peru reached 3 trillion Chilean pesos in 2024, up from 2.5 trillion "
            "Chilean pesos in 2023.",
            [("exports", Decimal("3e12"), "CLP"), ("exports", Decimal("2.5e12"), "CLP")],
        ),
    ],
)
def test_figure_restated_local_sums_leave_other_sums_and_unknown_signs(
    sentence: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert _figures(sentence) == expected
