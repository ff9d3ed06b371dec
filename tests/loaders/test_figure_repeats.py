"""A headline's figure told again in the lead is one figure with both sentences as sources;
two figures of the body that share a value, and a headline figure the body changes, stay two."""

from __future__ import annotations

import datetime

from dkg.loaders.document import Document
from tests.loaders.reading import read

DAY = datetime.date(2025, 5, 4)


def _figures(document: Document) -> list[tuple[str, int | None, int]]:
    """Each figure as (its value, its year, how many places tell it)."""
    return [(str(f.value), f.year, 1 + len(f.repeats)) for f in document.figures]


def test_figure_repeats_a_headline_sum_told_again_in_the_lead_is_one_figure() -> None:
    text = (
        "Peru and Japan: trade passes $3 billion\n\n"
        "LIMA, 4 May 2025 - Trade between Peru and Japan passed $3 billion in 2024, the "
        "ministry said on Sunday."
    )
    assert _figures(read(text, DAY)) == [("3000000000", 2024, 2)]


def test_figure_repeats_one_value_twice_in_the_body_stays_two_figures() -> None:
    text = (
        "Vietnam and Canada deepen ties\n\n"
        "Canadian firms employ some 12,000 workers in Vietnam. Some 12,000 Vietnamese "
        "students study in Canada."
    )
    assert _figures(read(text, DAY)) == [("12000", None, 1), ("12000", None, 1)]


def test_figure_repeats_a_headline_figure_of_another_year_stays_apart() -> None:
    text = (
        "Trade between Chile and Korea hit $5 billion in 2022\n\n"
        "Trade between Chile and Korea reached $5 billion again in 2024, officials said."
    )
    assert _figures(read(text, DAY)) == [("5000000000", 2022, 1), ("5000000000", 2024, 1)]
