"""The members of a delegation, however the phrase is cut ("the business delegation, of more
than 60 companies,", "a delegation made up of 30 firms"), are a count of the trip, not a figure
of the relationship."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2025 = FigureContext(document_year=2025)


def _counts(sentence: str) -> list[Decimal]:
    return [f.value for f in find_figures(sentence, 0, DATED_2025) if f.unit == "count"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trade delegation, of more than 60 companies, includes two state banks.",
        "He travels with a business delegation made up of some 30 Peruvian firms.",
        "A delegation comprising 45 entrepreneurs joined the minister in Hanoi.",
    ],
)
def test_figure_head_counts_delegations_are_no_figure(sentence: str) -> None:
    assert _counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The delegation met the heads of some 70 Vietnamese companies active in Peru.", 70),
        ("Some 400 Peruvian companies, a delegation reported, now export to Vietnam.", 400),
    ],
)
def test_figure_head_counts_delegations_near_a_figure_keep_it(sentence: str, value: int) -> None:
    """Counter-examples: companies a delegation met, or counted in a sentence that only
    mentions a delegation, are the relationship's figure."""
    assert _counts(sentence) == [Decimal(value)]
