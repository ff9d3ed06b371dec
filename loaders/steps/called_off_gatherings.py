"""A visit whose meeting was called off, told before the visit: "The government has postponed
the joint meeting with the Slovak government that was to take place in Prague later this month
... Slovak Prime Minister X, who was to lead the Slovak delegation to Prague, said ...".

The trip is only the meeting's, so what became of the meeting (postponed, cancelled) is what
became of the trip, and the meeting's planned time ("later this month") is its time. Read only
for plans to the country where the meeting was to be held, told in the same sentence or within
a few sentences after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Status, Visit
from dkg.loaders.prefilter import Prefiltered

_CALLED_OFF_MEETING = Prefiltered(
    r"\b(?:(?P<cancelled>cancel+ed|called\s+off|scrapped)|postponed|put\s+off|deferred)\s+"
    r"(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|session|consultations)\b"
    r"[^.;]{0,80}?\b(?:was|were)\s+(?:(?:due|scheduled|planned|set)\s+)?to\s+"
    r"(?:take\s+place|be\s+held)\s+in\s+",
    re.IGNORECASE,
)
"""Someone called off or put off a meeting that was to be held somewhere: "has postponed the
joint meeting with the Slovak government that was to take place in Prague"."""
_REACH = 3
"""Sentences after the meeting's fate within which a trip to its country is that meeting's."""


def with_called_off_meetings(visits: list[Visit], document: Document) -> list[Visit]:
    """The visits, with a plan to the country of a meeting called off before it marked as the
    meeting is, and dated by the meeting's planned time when the plan tells none."""
    if not any(v.status == "announced" for v in visits):
        return visits  # no plan: the text is not searched at all
    result = list(visits)
    starts = [s.span.start for s in document.sentences]
    for fate in _CALLED_OFF_MEETING.finditer(document.text):
        told = _sentence_index(starts, fate.start())
        end = document.sentences[told].span.end
        host = next(
            (p.country for p in document.places if fate.end() <= p.span.start < end),
            None,
        ) or next(
            (c.iso2 for c in document.countries if fate.end() <= c.span.start < end),
            None,
        )
        when = next((d.start for d in document.dates if fate.end() <= d.span.start < end), None)
        status: Status = "cancelled" if fate["cancelled"] else "postponed"
        result = [
            replace(v, status=status, start=v.start or when)
            if v.status == "announced"
            and v.host_country == host
            and 0 <= _sentence_index(starts, v.evidence[0].start) - told <= _REACH
            else v
            for v in result
        ]
    return result


def _sentence_index(starts: list[int], offset: int) -> int:
    """The index of the sentence an offset lies in, counted from the document's first."""
    return sum(1 for start in starts if start <= offset) - 1
