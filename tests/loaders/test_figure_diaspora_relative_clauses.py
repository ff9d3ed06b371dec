"""A diaspora told in a relative clause ("600,000 Yemenis who reside in Egypt") or estimated
"in" a number, as translations from Spanish put it, is a figure of kind other."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _counts(sentence: str) -> list[tuple[str, Decimal]]:
    return [(f.kind.value, f.value) for f in find_figures(sentence, 0, FigureContext())]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "He thanked Jordan for hosting about 450,000 Syrians who reside in Jordan.",
            Decimal(450_000),
        ),
        ("Some 12,000 Nepalis who live in Qatar sent money home.", Decimal(12_000)),
        (
            "The Paraguayan community residing in Argentina is estimated in more than 250,000 "
            "persons.",
            Decimal(250_000),
        ),
        ("The Peruvian community in Chile is calculated at 230,000 people.", Decimal(230_000)),
    ],
)
def test_figure_diasporas_in_relative_clauses_and_translated_estimates(
    sentence: str, value: Decimal
) -> None:
    assert _counts(sentence) == [("other", value)]


@pytest.mark.parametrize(
    "sentence",
    [
        # no people of a country: a place, and a community of firms
        "Some 12,000 hectares that lie in the valley were flooded.",
        "The business community in Lima is estimated in 3 chambers.",
    ],
)
def test_figure_diasporas_relative_clauses_need_a_people(sentence: str) -> None:
    assert _counts(sentence) == []
