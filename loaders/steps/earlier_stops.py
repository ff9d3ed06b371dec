"""The stops a visitor made before the visit a sentence reports: "arrived in Nairobi after stops
in Ethiopia on Tuesday and in Djibouti on Wednesday", "a two-day visit that follows a stop in
Senegal".

Such a stop is no destination of the visit told (its host is the place before the phrase) nor
an onward leg of it. A stop given a day of its own ("in Chile on Sunday") is a leg of the tour
that already happened; one told in passing without a day may have been a transit, and is no
visit the text reports.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import PlaceMention, TextSpan, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView

_EARLIER = Prefiltered(
    r"\b(?:follows?|followed|following|after)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:stops?|legs?|stopovers?)\s+(?:in|to)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""What opens the list of stops made before: "after stops in", "that follows a stop in",
"following a brief stopover in". An earlier "visit" is not a stop of this tour: "after his
state visit in June 2016" is another trip, "follows a visit to Berlin by X" someone else's.
"With stops in" may list legs still ahead, and "via X on Monday" dates the trip itself."""
_LIST_END = re.compile(r"[,;:.](?:\s|$)|\s+(?:where|when|which|who|before)\b")
"""Where the list of earlier stops ends: the clause's comma, or a clause about something else."""
_WHERE_TALKS = re.compile(
    r",?\s+where\s+(?:he|she|they|the\s+[a-z]+)\s+(?:also\s+)?(?:met|held\s+talks|talked|"
    r"spoke\s+with|called\s+on|was\s+received|were\s+received|signed)\b[^;:.]*"
)
"""After the last stop, talks held there ("after a stopover in Singapore, where he met X on
Tuesday"): the stop was a visit, not a transit, on the day the clause gives."""


def earlier_stop_spans(view: SentenceView) -> list[tuple[int, int, int]]:
    """The stretches of the sentence (local offsets) that list stops made before the visit,
    each with where the talks a "where" clause says were held at its last stop end (the
    list's end when it has none)."""
    spans = []
    named = {view.local(c.span)[0] for c in view.countries} | {
        view.local(p.span)[0] for p in view.places
    }
    for opener in _EARLIER.finditer(view.text):
        if opener.end() not in named:
            continue  # "after a stop in the capital": no stop this reader can name
        end = _LIST_END.search(view.text, opener.end())
        until = end.start() if end is not None else len(view.text)
        talks = _WHERE_TALKS.match(view.text, until)
        spans.append((opener.end(), until, talks.end() if talks else until))
    return spans


def in_earlier_stop(view: SentenceView, span: TextSpan) -> bool:
    """Whether a place or country mention is one of the stops made before the visit told."""
    start, _ = view.local(span)
    return any(begin <= start < end for begin, end, _ in earlier_stop_spans(view))


def earlier_stops(view: SentenceView, visit: Visit) -> list[Visit]:
    """The visits to the stops a sentence lists as made before ``visit`` with a day of their
    own ("in Ethiopia on Tuesday") or with talks held there ("a stop in Singapore, where he
    met X"): happened on that day."""
    stops: list[tuple[TextSpan, str, PlaceMention | None]]
    stops = [(c.span, c.iso2, None) for c in view.countries if c.form == "name"]
    stops += [(p.span, p.country, p) for p in view.places if p.kind == "city"]
    legs: dict[str, Visit] = {}
    for begin, end, talks_end in earlier_stop_spans(view):
        inside = sorted(
            (s for s in stops if begin <= view.local(s[0])[0] < end), key=lambda s: s[0].start
        )
        for index, (span, iso2, city) in enumerate(inside):
            if iso2 in (visit.host_country, visit.visitor_country) or iso2 in legs:
                continue
            last = index + 1 == len(inside)
            until = talks_end if last else view.local(inside[index + 1][0])[0]
            dates = [d for d in view.dates if view.local(span)[1] <= view.local(d.span)[0] < until]
            if not dates and not (last and talks_end > end):
                continue
            legs[iso2] = replace(
                visit,
                host_country=iso2,
                place=city,
                start=dates[0].start if dates else None,
                end=None,
                visit_type="unspecified",
                status="happened",
            )
    return list(legs.values())
