"""A line of credit one country opens for another is a figure of the relationship, counted as
investment; credit lines that a signed memorandum sets up are that document's content."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _figures(text: str) -> list[tuple[FigureKind, Decimal]]:
    return [(f.kind, f.value) for f in find_paragraph_figures([(text, 0)], FigureContext(2024))]


@pytest.mark.parametrize(
    "text",
    [
        "The president announced a line of credit of $300 million for irrigation in Malawi.",
        "The corvettes are financed under a $300 million defence line of credit.",
    ],
)
def test_figure_credit_lines_a_line_of_credit_is_investment(text: str) -> None:
    assert _figures(text) == [(FigureKind.INVESTMENT, Decimal(300_000_000))]


def test_figure_credit_lines_credit_lines_a_memorandum_sets_up_are_no_figure() -> None:
    text = (
        "The two development banks signed a memorandum on credit lines of up to 1.5 billion euros "
        "for suppliers."
    )
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Rabat approved 90 billion CFA francs (about 150 million US dollars) for a line of "
            "credit to Niamey's farmers.",
            Decimal(150_000_000),
        ),
        ("Ankara will extend $75 million to Togo as a credit line.", Decimal(75_000_000)),
    ],
)
def test_figure_credit_lines_named_after_the_sum_and_its_dollars(text: str, value: Decimal) -> None:
    """Issue 4: the line of credit told after the sum, or after its restatement in dollars."""
    assert _figures(text) == [(FigureKind.INVESTMENT, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Imports slid to $900 million as credit lines dried up.",
        "Lome repaid $40 million of a credit line from Ankara.",
    ],
)
def test_figure_credit_lines_a_sum_beside_credit_lines_is_not_one(text: str) -> None:
    """Counter-examples: credit lines drying up, or a part repaid, are no line of credit."""
    assert all(kind is not FigureKind.INVESTMENT for kind, _ in _figures(text))
