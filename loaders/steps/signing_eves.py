"""Documents signed on the eve of a visit: "On the eve of the visit, the two ministries signed a
memorandum on coffee exports".

The eve is the day before the visit begins, so once the visit's first day is known the signing
has its own day; the day the report was filed (what such a sentence falls back to otherwise)
may be days later.
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.document import Document, PartialDate
from dkg.loaders.prefilter import Prefiltered

_EVE = Prefiltered(
    r"\bon\s+the\s+eve\s+of\s+(?:the|his|her|their|this|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:visit|trip|tour)\b",
    re.IGNORECASE,
)
"""The eve of a trip: "on the eve of the visit", "on the eve of his three-day state visit"; the
eve of a summit or a vote names an event this loader does not date."""


def day_before_visit(sentence: str, document: Document) -> PartialDate | None:
    """The day before the document's visit starts, when ``sentence`` signs on its eve and the
    document tells one visit starting on a known day (of a known year)."""
    if _EVE.search(sentence) is None:
        return None
    starts = {
        v.start
        for v in document.visits
        if v.start is not None and v.start.day is not None and v.start.month is not None
    }
    if len(starts) != 1:
        return None  # no visit, or several whose eve the sentence may mean
    start = starts.pop()
    year = start.year or (document.filed.year if document.filed else None)
    if year is None or start.month is None or start.day is None:
        return None
    eve = datetime.date(year, start.month, start.day) - datetime.timedelta(days=1)
    return PartialDate(eve.year if start.year else None, eve.month, eve.day)
