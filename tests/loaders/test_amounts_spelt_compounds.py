"""A number spelt out over two scales is one amount: "one million five hundred thousand
Malians" is 1,500,000, not a count of 500,000, for every step that reads amounts (figures,
agreements' values); a list of two numbers and digits stay apart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import AmountKind, find_amounts
from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        (
            "More than two million three hundred thousand Burkinabe live and work in Ghana.",
            2_300_000,
            "more than",
        ),
        ("One million two hundred thousand Malians live in Senegal.", 1_200_000, None),
        ("some one billion and twenty million people", 1_020_000_000, "some"),
    ],
)
def test_amounts_spelt_over_two_scales_are_one_count(
    text: str, value: int, qualifier: str | None
) -> None:
    assert [(a.value, a.kind, a.qualifier) for a in find_amounts(text)] == [
        (Decimal(value), AmountKind.COUNT, qualifier)
    ]


def test_amounts_spelt_over_two_scales_keep_money_of_the_second_part() -> None:
    text = "a grant of one million five hundred thousand euros"
    assert [(a.value, a.currency, a.start, a.end) for a in find_amounts(text)] == [
        (Decimal(1_500_000), "EUR", text.index("one"), len(text))
    ]


def test_figures_read_the_spelt_count_whole() -> None:
    text = "One million two hundred thousand Malians live in Senegal."
    figures = find_paragraph_figures([(text, 0)], FigureContext(2025))
    assert [f.value for f in figures] == [Decimal(1_200_000)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("one million, five hundred thousand", [1_000_000, 500_000]),
        ("2 million 300 tourists", [2_000_000, 300]),
        ("two thousand five thousand", [2_000, 5_000]),
        ("one million two million", [1_000_000, 2_000_000]),
        ("one million over five hundred thousand", [1_000_000, 500_000]),
    ],
)
def test_amounts_spelt_lists_and_digits_stay_apart(text: str, values: list[int]) -> None:
    assert [a.value for a in find_amounts(text)] == [Decimal(v) for v in values]
