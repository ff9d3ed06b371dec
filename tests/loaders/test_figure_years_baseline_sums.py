"""A sum given as the baseline of a comparison ("down from 40 billion euros in 2021") is a
figure of its own year, not of the year the sentence opens with."""

from __future__ import annotations

from decimal import Decimal

from dkg.loaders.steps.figures import FigureContext, find_figures


def _years(sentence: str) -> list[tuple[Decimal, int | None]]:
    return [(f.value, f.year) for f in find_figures(sentence, 0, FigureContext())]


def test_figure_years_baseline_sum_takes_its_own_year() -> None:
    sentence = "In 2022 trade reached 35 billion euros, down from 40 billion euros in 2021."
    assert _years(sentence) == [(Decimal(35_000_000_000), 2022), (Decimal(40_000_000_000), 2021)]


def test_figure_years_sum_compared_with_a_year_keeps_the_sentence_year() -> None:
    sentence = "Exports grew 9% in 2022 compared with 2021, reaching 6 billion dollars."
    assert _years(sentence) == [(Decimal(9), 2022), (Decimal(6_000_000_000), 2022)]


def test_figure_years_baseline_sum_without_a_year_of_its_own_has_none() -> None:
    """The earlier value in brackets is of a time the text does not state: it keeps no year
    rather than taking the year of the sum it is compared with."""
    sentence = "Norway's exports to Chile rose to NOK 12 billion in 2024 (up from NOK 9 billion)."
    assert _years(sentence) == [(Decimal(12_000_000_000), 2024), (Decimal(9_000_000_000), None)]


def test_figure_years_a_sum_after_from_that_is_no_baseline_keeps_the_year() -> None:
    """Counter-example: a sum after "up" with no "from" is the clause's own."""
    sentence = "In 2024 trade between Chile and Norway went up to $4 billion."
    assert _years(sentence) == [(Decimal(4_000_000_000), 2024)]
