"""A range of months is a running period whichever months it joins, one across the new year
("December-February") included; a month followed by a dash and other words is no range."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2024 = FigureContext(document_year=2024)


def _growth(sentence: str) -> list[tuple[Decimal, int | None, str | None]]:
    return [
        (f.value, f.year, f.period)
        for f in find_figures(sentence, 0, DATED_2024)
        if f.kind.value == "growth_percent"
    ]


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        (
            "Sales to Chile came to 43 billion dollars in 2023, and exports grew 6% in "
            "December-February.",
            "december-february",
        ),
        (
            "Sales to Chile came to 43 billion dollars in 2023, and exports grew 6% in "
            "November\u2013January.",
            "november\u2013january",
        ),
    ],
)
def test_figure_month_ranges_across_the_new_year_are_periods(sentence: str, period: str) -> None:
    assert _growth(sentence) == [(Decimal("6"), 2024, period)]


def test_figure_month_ranges_need_a_month_after_the_dash() -> None:
    sentence = (
        "Sales to Chile came to 43 billion dollars in 2023, and exports grew 6% in December "
        "- a record for the port."
    )
    assert _growth(sentence) == [(Decimal("6"), 2023, None)]
