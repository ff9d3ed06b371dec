"""The visits the default pipeline reads from a sentence, as plain rows tests can compare.

Visit tests each look at a few fields (who, where, when, status); they project these rows
instead of each walking the pipeline's Document on its own.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from dkg.loaders import Document, Pipeline, default_pipeline


@dataclass(frozen=True)
class VisitRow:
    """One extracted visit with the visitor's name resolved and the dates as written."""

    visitor: str | None
    visitor_country: str | None
    host_country: str
    city: str | None
    start: str | None
    visit_type: str
    status: str


@functools.cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def visit_rows(text: str, date: datetime.date | None = None) -> list[VisitRow]:
    """The visits extracted from ``text`` published on ``date``, in the pipeline's order."""
    document = _pipeline()(Document("t", "t", text, date=date))
    names = {p.key: p.name for p in document.people}
    return [
        VisitRow(
            visitor=names.get(v.visitor),
            visitor_country=v.visitor_country,
            host_country=v.host_country,
            city=v.place.city if v.place else None,
            start=v.start.lexical if v.start else None,
            visit_type=v.visit_type,
            status=v.status,
        )
        for v in document.visits
    ]
