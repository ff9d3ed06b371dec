"""Nationals counted as living in the other country ("Some 2,800 Surinamese are registered as
living in Georgetown"), money given to a fund ("contribute 12 million US dollars to the UN
trust fund"), and a sum told only as a bound it stays under, which is no figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _figures(text: str) -> list[tuple[FigureKind, Decimal]]:
    found = find_paragraph_figures([(text, 0)], FigureContext(2025, ("SR", "GY")))
    return [(f.kind, f.value) for f in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 2,800 Surinamese are registered as living in Georgetown.", 2_800),
        ("About 900 Guyanese are said to be residing in Paramaribo.", 900),
    ],
)
def test_figure_nationals_living_abroad_are_counts(text: str, value: int) -> None:
    assert _figures(text) == [(FigureKind.OTHER, Decimal(value))]


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,800 Delegates are expected at the summit.",
        "The 40 Tonnes were shipped in March.",
    ],
)
def test_figure_capitalised_words_not_living_abroad_are_no_diaspora(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Suriname will contribute 12 million US dollars to the UN trust fund.",
        "Guyana gave $4 million to the Caribbean Resilience Fund last year.",
    ],
)
def test_figure_money_given_to_a_fund_is_a_figure(text: str) -> None:
    assert [kind for kind, _ in _figures(text)] == [FigureKind.OTHER]


def test_figure_money_given_for_a_building_stays_no_figure() -> None:
    assert _figures("He gave 3 million euros for a new stadium.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade between the two countries is still modest, at under one million US dollars.",
        "Trade between the two countries stood at less than $2 million.",
    ],
)
def test_figure_sum_told_as_an_upper_bound_is_no_figure(text: str) -> None:
    assert _figures(text) == []


def test_figure_sum_told_just_under_is_a_figure() -> None:
    text = "Trade between the two countries reached just under $40 million."
    assert [kind for kind, _ in _figures(text)] == [FigureKind.TRADE_TURNOVER]
