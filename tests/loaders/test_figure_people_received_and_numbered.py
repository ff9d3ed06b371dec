"""People of one country in the other counted as refugees taken in, or as "the number of"
them; a count of an event's visitors, or of things, stays no figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _figures(text: str) -> list[tuple[FigureKind, Decimal, int | None]]:
    found = find_paragraph_figures([(text, 0)], FigureContext(2024))
    return [(f.kind, f.value, f.year) for f in found]


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Moldova has taken in more than 100,000 refugees from Ukraine.", 100_000, None),
        ("Chad hosts some 600,000 Sudanese refugees.", 600_000, None),
        ("The number of Nepali students in Australia passed 50,000 in 2023.", 50_000, 2023),
        ("The number of Vietnamese workers in Korea rose to 40,000 last year.", 40_000, 2023),
        (
            "The number of Turkish tourists visiting Georgia stood at about 1.5 million.",
            1_500_000,
            None,
        ),
    ],
)
def test_figure_people_received_and_numbered_are_counted(
    text: str, value: int, year: int | None
) -> None:
    assert _figures(text) == [(FigureKind.OTHER, Decimal(value), year)]


@pytest.mark.parametrize(
    "text",
    [
        # an event's head count, with no nationality
        "The number of visitors to the book fair reached 40,000.",
        # things, not people of a country
        "The number of direct flights between the capitals rose to 21 a week.",
        # a number that is no count of people
        "Resolution number 2 was adopted by 120 votes.",
        # people killed or displaced are a toll, not a relationship
        "The floods displaced 80,000 refugees from the camps.",
    ],
)
def test_figure_people_received_and_numbered_other_counts_are_no_figure(text: str) -> None:
    assert _figures(text) == []
