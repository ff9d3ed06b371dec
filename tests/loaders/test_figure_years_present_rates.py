"""A yearly rate told in the present ("trade is worth $80 million a year") is how things stand
now: it takes no year from an earlier clause, while one told in the past keeps its year."""

from __future__ import annotations

from decimal import Decimal

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _figures(text: str) -> list[tuple[FigureKind, Decimal, int | None]]:
    found = find_paragraph_figures([(text, 0)], FigureContext(2024))
    return [(f.kind, f.value, f.year) for f in found]


def test_figure_years_yearly_rate_in_the_present_has_no_past_year() -> None:
    found = _figures(
        "Trade between Fiji and Japan fell in 2019, and trade is worth around $80 million a year."
    )
    assert found == [(FigureKind.TRADE_TURNOVER, Decimal(80_000_000), None)]


def test_figure_years_yearly_rate_in_the_past_keeps_its_year() -> None:
    found = _figures("In 2019 trade between Fiji and Japan was worth $80 million a year.")
    assert found == [(FigureKind.TRADE_TURNOVER, Decimal(80_000_000), 2019)]
