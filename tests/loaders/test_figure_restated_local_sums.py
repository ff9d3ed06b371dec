"""A sum in a sign several countries use ("kroner", "Rs") that the text's countries do not
settle is one figure in the US dollars that restate it, and none without them (issue 4)."""

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
            "India will invest Rs 9,000 crore (about $1.1 billion) in Nepal's power lines.",
            [("investment", Decimal("1.1e9"), "USD")],
        ),
        (
            "A Nordic fund will invest 600 million kroner (about $55 million) in Ghana's ports.",
            [("investment", Decimal("5.5e7"), "USD")],
        ),
        (
            "Kenyan exports to Tanzania reached 90 billion shillings, or roughly $700 million.",
            [("exports", Decimal("7e8"), "USD")],
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
