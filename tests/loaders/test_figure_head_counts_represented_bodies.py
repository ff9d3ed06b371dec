"""Firms counted through the people who came for them ("attended by representatives of about 40
companies") are an event's head count, and weekly flights a timetable: neither is a figure of
the relationship, while firms that operate in the other country still are."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _counts(sentence: str) -> list[Decimal]:
    return [f.value for f in find_figures(sentence, 0, FigureContext(document_year=2024))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum in Oslo was attended by representatives of about 35 Polish companies.",
        "The seminar brought together heads of 25 Estonian firms and their partners.",
        "The fair drew executives from more than 60 Brazilian businesses.",
        "The carrier operates 28 weekly flights between Warsaw and Oslo.",
        "LOT will add 14 direct flights a week from March.",
    ],
)
def test_figure_head_counts_of_represented_firms_and_flights_are_no_figures(
    sentence: str,
) -> None:
    assert _counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the same nouns as a measure of the relationship
        ("About 35 Polish companies operate in Norway.", Decimal(35)),
        ("Some 120 Norwegian firms are active in Poland.", Decimal(120)),
        ("Direct flights carried 400,000 passengers between the two countries.", Decimal(400_000)),
    ],
)
def test_figure_head_counts_leave_counts_of_the_relationship(sentence: str, count: Decimal) -> None:
    assert _counts(sentence) == [count]
