"""An earlier visit of the story's visitor, told as what the present trip follows ("It follows
his visit to Ghana in 2019.") or as the last of the trips it counts ("It will be his third
visit to the country, the last being in August 2019."). The sentence names no one, so no
visitor rule can read it; its "his" is the person whose trip the story tells, as a reader
takes it."""

from __future__ import annotations

import re

from dkg.loaders.document import Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.object_positions import governed
from dkg.loaders.steps.ordinal_visits import with_ordinal_earlier
from dkg.loaders.steps.visit_status import status_of, visit_type

_FOLLOWS = Prefiltered(
    r"\b(?:follows?|followed|comes\s+after|came\s+after)\s+(?:his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""What ties the trip told to an earlier one of the same person: "It follows his visit to",
"The tour comes after her first trip to"."""
_CLAUSE_END = re.compile(r"[;:.]|,\s+(?:and|but|which|when|where|while)\b")
"""Where the earlier visit's own words end, and with them the dates that are its own."""


def background_visits(view: SentenceView, told: list[Visit]) -> list[Visit]:
    """The earlier visit a sentence without a named subject ties to the story's trip, made by
    that trip's visitor (one it names as met there, "when he met X", is no subject); none when
    the story has told no trip, or trips of several people (whose "his" it is cannot be
    told)."""
    if not told:
        return []  # no trip told yet: no one whose earlier trip this can be
    if any(not governed(view.text, view.local(m.span)[0]) for m in view.people):
        return []  # a subject named: the sentence's own visitor rules apply
    match = _FOLLOWS.search(view.text)
    if match is None:
        return _last_of_those_counted(view, told)
    travellers = {(v.visitor, v.visitor_country) for v in told}
    if len(travellers) != 1:
        return []
    visitor, visitor_country = travellers.pop()
    host = next(
        (c.iso2 for c in view.countries if view.local(c.span)[0] == match.end()),
        next((p.country for p in view.places if view.local(p.span)[0] == match.end()), None),
    )
    if host is None or host == visitor_country:
        return []
    end = _CLAUSE_END.search(view.text, match.end())
    until = end.start() if end else len(view.text)
    dates = [d for d in view.dates if match.end() < view.local(d.span)[0] < until]
    return [
        Visit(
            visitor=visitor,
            visitor_country=visitor_country,
            host_country=host,
            place=next((p for p in view.places if view.local(p.span)[0] == match.end()), None),
            start=dates[0].start if dates else None,
            end=None,
            visit_type=visit_type(view.text, match),
            status=status_of(view.text, match),
            evidence=(view.sentence.span,),
        )
    ]


_COUNTED = Prefiltered(
    r"\b(?:his|her)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?P<trip>(?:visit|trip)\s+to\s+"
    r"(?:(?P<told>the\s+(?:country|nation))\b|(?=[A-Z])))",
    re.IGNORECASE,
)
"""The story's trip counted among its visitor's trips to the host: "his third visit to the
country", "her second official trip to Kenya"."""
_TRIP = re.compile(r"(?:visit|trip)\s+to\s+(?:the\s+(?:country|nation)\b)?", re.IGNORECASE)
"""The trip counted, without its count, as ordinal_visits.py reads a cue after its count."""


def _last_of_those_counted(view: SentenceView, told: list[Visit]) -> list[Visit]:
    """The earlier visit the count dates ("It will be his third visit to the country, the last
    being in August 2019"), of the one visitor the story tells trips of, to the country named
    after the count or, for "the country", to the host of that visitor's last trip told."""
    match = _COUNTED.search(view.text)
    if match is None:
        return []
    travellers = {(v.visitor, v.visitor_country) for v in told}
    if len(travellers) != 1:
        return []
    visitor, visitor_country = travellers.pop()
    if match["told"]:
        host: str | None = told[-1].host_country
    else:
        host = next((c.iso2 for c in view.countries if view.local(c.span)[0] == match.end()), None)
    if host is None or host == visitor_country:
        return []
    counted = Visit(
        visitor=visitor,
        visitor_country=visitor_country,
        host_country=host,
        place=None,
        start=None,
        end=None,
        visit_type="unspecified",
        status="happened",
        evidence=(view.sentence.span,),
    )
    trip = _TRIP.match(view.text, match.start("trip"))
    return with_ordinal_earlier(view, trip, counted)[1:] if trip is not None else []
