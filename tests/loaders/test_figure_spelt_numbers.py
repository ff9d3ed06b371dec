"""A number spelt out over two scales is one number: "one million five hundred thousand
Malians" is 1,500,000, not a count of 500,000; a list of two numbers and digits stay apart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figure_spelt_numbers import join_spelt_numbers
from dkg.loaders.steps.figures import FigureContext


def _counts(text: str) -> list[Decimal]:
    return [f.value for f in find_paragraph_figures([(text, 0)], FigureContext(2025))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "More than two million three hundred thousand Burkinabe live and work in Ghana.",
            2_300_000,
        ),
        ("One million two hundred thousand Malians live in Senegal.", 1_200_000),
    ],
)
def test_figure_spelt_numbers_over_two_scales_are_one_count(text: str, value: int) -> None:
    assert _counts(text) == [Decimal(value)]


def test_figure_spelt_numbers_keep_money_of_the_second_part() -> None:
    text = "one million five hundred thousand euros"
    joined = join_spelt_numbers(text, find_amounts(text))
    assert [(a.value, a.currency, a.start, a.end) for a in joined] == [
        (Decimal(1_500_000), "EUR", 0, len(text))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "one million, five hundred thousand",
        "2 million 300 tourists",
        "two thousand five thousand",
    ],
)
def test_figure_spelt_numbers_lists_and_digits_stay_apart(text: str) -> None:
    amounts = find_amounts(text)
    assert join_spelt_numbers(text, amounts) == amounts
