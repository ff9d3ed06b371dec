"""Visits a retrospective tells as repeats of the one just named: "He returned to Tokyo in
December 1999, and again in June 2008", "visited Paris in 2010 and again in 2015".

The repeat has no verb of its own: "and again" followed by a date is the same visitor's trip to
the same place on that date, a visit of its own (one trip per date). "again" without a date
("met again later") tells no second trip, and a date joined without "again" ("in 2010 and
2015") is left to the dates of the first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Visit
from dkg.loaders.steps.context import SentenceView

_AGAIN = re.compile(r",?\s+and\s+(?:then\s+)?again(?:\s+(?:in|on))?\s+$")
"""What joins a repeat's date to the sentence before it: ", and again in "; a bare year's
mention holds its own "in" ("and again in 1960")."""


def repeated_visits(view: SentenceView, visit: Visit) -> list[Visit]:
    """The repeats of ``visit`` the sentence dates with "and again in ...", after the visit's
    own date."""
    if visit.start is None:
        return []
    repeats = []
    for date in view.dates:
        start, _ = view.local(date.span)
        if _AGAIN.search(view.text, max(0, start - 24), start) and date.start != visit.start:
            repeats.append(replace(visit, start=date.start, end=None))
    return repeats
