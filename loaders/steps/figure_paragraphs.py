"""Figures of a paragraph, where a sentence that names no year continues the one before it.

``figures`` reads one sentence; a paragraph tells its year once ("Trade reached $157bn in 2023.
Exports totalled $104bn.") and refers back to its last sum ("raise it to $40 billion"). Kept
apart because this is what carries from sentence to sentence, and the annotator carries it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.steps.figure_cues import LABELS, FigureKind
from dkg.loaders.steps.figure_years import YEAR
from dkg.loaders.steps.figures import FigureContext, FigureMention, find_figures


def find_paragraph_figures(
    sentences: Sequence[tuple[str, int]], context: FigureContext
) -> list[FigureMention]:
    """The figures of one paragraph's sentences (text, offset), with years carried forward.

    A sentence that names no year continues the one before it: in "Trade reached $157bn in
    2023. Exports totalled $104bn." both figures are for 2023. Targets neither give nor take a
    carried year.
    """
    figures: list[FigureMention] = []
    carried: int | None = None
    referent: FigureKind | None = None
    for sentence, offset in sentences:
        found = find_figures(sentence, offset, context, referent=referent)
        found, carried = carry_year(found, sentence, carried)
        figures.extend(found)
        referent = last_sum_kind(found, referent)
    return figures


def last_sum_kind(found: Sequence[FigureMention], before: FigureKind | None) -> FigureKind | None:
    """The kind of the last sum of trade, exports, imports or investment among ``found``, or
    ``before`` when there is none: what a later "raise it to $40 billion" refers to."""
    return next((f.kind for f in reversed(found) if f.kind in LABELS), before)


def carry_year(
    found: list[FigureMention], sentence: str, carried: int | None
) -> tuple[list[FigureMention], int | None]:
    """The sentence's figures with the paragraph's running year, and the year to carry on.

    ``carried`` is the year the paragraph's previous sentences left (None at a paragraph's
    start); see :func:`find_paragraph_figures`.
    """
    if not found and carried is None:
        return found, None  # most sentences: no figure to date and no year to pass on
    names_year = YEAR.search(sentence) is not None
    if not names_year and carried is not None:
        found = [
            f if f.is_target or f.year is not None else replace(f, year=carried) for f in found
        ]
    years = [f.year for f in found if f.year is not None and not f.is_target]
    if years:
        return found, years[-1]
    return found, None if names_year else carried
