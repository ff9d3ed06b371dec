"""Fold a figure told twice in one document (the headline's sum and the lead's) into one.

A headline states a figure ("Trade tops $500 million") that the lead restates with its year
("trade topped $500 million in 2024"): one observation read from two sentences. The user
should count it once and see both sentences as its sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.steps.figures import FigureMention


def fold_repeated_figures(
    figures: Sequence[FigureMention], headline_end: int
) -> list[FigureMention]:
    """The figures with each figure of the headline (the text before ``headline_end``) that
    the body tells again folded into one, keeping both spans.

    Two mentions are one figure when kind, value, unit, target and parties agree and their
    years and periods do not differ (one may lack them: the headline's); the folded figure
    takes the year. Two figures of the body with one value ("30,000 jobs", "30,000 students")
    stay two: only a headline is known to restate what follows.
    """
    kept: list[FigureMention] = []
    for figure in figures:
        for index, earlier in enumerate(kept):
            if earlier.start < headline_end <= figure.start and _same(earlier, figure):
                kept[index] = replace(
                    figure,
                    year=figure.year if figure.year is not None else earlier.year,
                    repeats=(*figure.repeats, (earlier.start, earlier.end), *earlier.repeats),
                )
                break
        else:
            kept.append(figure)
    return kept


def _same(one: FigureMention, other: FigureMention) -> bool:
    """Whether two mentions state one observation."""
    return (
        (one.kind, one.value, one.unit, one.is_target, one.is_range)
        == (other.kind, other.value, other.unit, other.is_target, other.is_range)
        and (one.year is None or other.year is None or one.year == other.year)
        and (one.period is None or other.period is None or one.period == other.period)
        and (one.reporter is None or other.reporter is None or one.reporter == other.reporter)
        and (one.partner is None or other.partner is None or one.partner == other.partner)
    )
