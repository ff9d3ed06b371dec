"""Visits told by a summit's attendance in the passive: "The summit in Tirana on Tuesday was
attended by Greek Prime Minister X and Montenegrin President Y".

The corpus counts a leader's trip to a summit abroad as a visit to the host country (the
active "X attended the summit in Tirana" is a visit cue, visit_cues.py). The passive names
the place first and the leaders after "attended by", the reverse of what the visit cues read,
so each leader named after it whose country is known and is not the host's made the trip.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, PlaceMention, Status, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView

_ATTENDED = Prefiltered(
    r"\bsummit\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[^;:]*?\b(?P<tense>was|were|will\s+be|"
    r"is\s+to\s+be)\s+attended\s+by\b",
    re.IGNORECASE,
)
"""A summit placed in a city or country and then said to be attended by people; "virtual"
summits are left out below."""
_REMOTE = re.compile(r"\b(?:virtual|online|video)\b", re.IGNORECASE)
_LIST_END = re.compile(r"[;:.](?:\s|$)|,\s+(?:who|which|where|when|while|but)\b")
"""Where the list of attendees ends: the sentence's end or a clause about something else."""


def attended_summits(view: SentenceView, people: dict[str, Person]) -> list[Visit]:
    """The visits of the leaders a sentence says attended a summit abroad, in the passive."""
    found = _ATTENDED.search(view.text)
    if found is None or _REMOTE.search(view.text, 0, found.end()):
        return []
    summit = found.start() + len("summit")
    hosts: list[tuple[int, str, PlaceMention | None]] = [
        (view.local(p.span)[0], p.country, p) for p in view.places if p.kind == "city"
    ]
    hosts += [(view.local(c.span)[0], c.iso2, None) for c in view.countries if c.form == "name"]
    placed = [h for h in hosts if summit < h[0] < found.start("tense")]
    if not placed:
        return []
    _, host, place = min(placed, key=lambda h: h[0])
    end = _LIST_END.search(view.text, found.end())
    until = end.start() if end else len(view.text)
    day = next((d.start for d in view.dates if view.local(d.span)[0] < until), None)
    status: Status = "happened" if found["tense"].lower() in ("was", "were") else "announced"
    visits: list[Visit] = []
    for mention in view.people:
        person = people.get(mention.person)
        if person is None or not found.end() <= view.local(mention.span)[0] < until:
            continue
        if person.country in (None, host) or any(v.visitor == person.key for v in visits):
            continue
        visits.append(
            Visit(
                visitor=person.key,
                visitor_country=person.country,
                host_country=host,
                place=place,
                start=day,
                end=None,
                visit_type="unspecified",
                status=status,
                evidence=(view.sentence.span,),
            )
        )
    return visits
