"""A diaspora's size is a figure of the relationship (kind ``other``) whether the text names the
community before the number, the people's descent after it, or their nationality as an ethnic
group; a community of states, or a community that is no nationality's, counts no diaspora."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _figures(text: str) -> list[tuple[FigureKind, Decimal, int | None]]:
    found = find_paragraph_figures([(text, 0)], FigureContext(2025, ("CA", "LB")))
    return [(f.kind, f.value, f.year) for f in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The minister praised the more than 20,000 Canadians of Lebanese descent who have "
            "built bridges between the two nations.",
            20_000,
        ),
        ("About 12,000 Australians of Samoan heritage call Brisbane home.", 12_000),
        ("Some 90,000 ethnic Greeks (Pontians) live in Georgia, the minister said.", 90_000),
        ("There are more than 60,000 ethnic Uzbeks in Tajikistan's north.", 60_000),
        (
            "She later met the Bolivian community, estimated at some 2,500 persons residing in "
            "the country.",
            2_500,
        ),
        ("The Sri Lankan diaspora in Qatar numbers about 140,000.", 140_000),
        ("He addressed a Ghanaian community of nearly 8,000 in Hamburg.", 8_000),
    ],
)
def test_figure_diaspora_sizes_are_figures_without_a_year(text: str, value: int) -> None:
    assert _figures(text) == [(FigureKind.OTHER, Decimal(value), None)]


@pytest.mark.parametrize(
    "text",
    [
        # a bloc of states, not a community of people
        "The Economic Community of 15 West African States will meet in Abuja.",
        # the words without a diaspora around them
        "The business community welcomed 12 reforms.",
        "The 4,000 Canadians waiting at the border were let through.",
        "Ethnic tensions left 3 districts without power.",
    ],
)
def test_figure_counts_near_diaspora_words_are_no_figure(text: str) -> None:
    assert _figures(text) == []
