"""Earlier visits told as someone having been "the last" to come: "the first by an Indian
prime minister in 43 years; Indira Gandhi was the last to make the trip, in 1981".

News measures a rare visit by the one before it and names who made that one and when. The
sentence has no visit cue of its own ("make the trip", "come"), and its host is the country of
the visit just told; the year it gives is that earlier trip's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dkg.loaders.document import Document, Person, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.cue_views import views_that_may_hold
from dkg.loaders.steps.visit_verbs import WELCOMED

_TRIP = (
    r"(?:make|made|pay|paid)\s+(?:the|that|such\s+an?|this)\s+(?:[\w-]+\s+)?(?:trip|visit|journey)"
    r"|visit(?:\s+(?:the\s+)?(?:[A-Z][\w-]*\s*)+)?|travel\s+there|come|go\s+there|be\s+there"
)
_LAST = Prefiltered(
    rf"\b(?:was|were)\s+the\s+last\s+(?:[\w-]+\s+){{0,4}}?to\s+(?:{_TRIP})\b"
    rf"|\b[Tt]he\s+last\s+(?:[\w-]+\s+){{0,4}}?to\s+(?:{_TRIP})\b[^,.;]{{0,40}}?\s+was\s+"
    rf"(?!(?:{WELCOMED}|met|invited|entertained|accompanied)\s+by\b)"
    r"|\b[Tt]he\s+last\s+(?:such\s+|[\w-]+\s+)?(?:visit|trip)\s+(?:[^,.;]{0,40}?\s+)?was\s+"
    r"(?:by|that\s+of|made\s+by)\s+"
)
""""X was the last to make the trip", "the last Indian leader to visit Kuwait was X", "the last
such visit was by X"; not "the last Indian minister to visit was hosted by X", whose X is the
host of that trip, not the one who made it."""


def last_visits(
    document: Document, visits: Sequence[Visit], people: dict[str, Person]
) -> list[Visit]:
    """The earlier visits the document names as "the last" before one of ``visits``."""
    found: list[Visit] = []
    for view in views_that_may_hold(_LAST, document=document):
        last = _LAST.search(view.text)
        if last is None:
            continue
        told = [v for v in visits if v.status == "happened" and v.evidence[0].start <= view.start]
        if not told:
            continue
        visit = _earlier(view, last, told[-1], people)
        if visit is not None:
            found.append(visit)
    return found


def _earlier(
    view: SentenceView, last: re.Match[str], told: Visit, people: dict[str, Person]
) -> Visit | None:
    """The visit a "the last to" sentence names: its person, the host of the visit told, and
    the year or day the sentence gives after the phrase."""
    before = last.group().lstrip().startswith(("was", "were"))
    named = [
        m.person
        for m in view.people
        if (
            view.local(m.span)[1] <= last.start() if before else view.local(m.span)[0] >= last.end()
        )
        and m.person != told.visitor
    ]
    if not named:
        return None
    who = named[-1] if before else named[0]
    dates = [d for d in view.dates if view.local(d.span)[0] >= last.start()]
    if not dates or dates[0].start.year is None:
        return None  # "in June" alone: the year of a trip long past is unknown
    person = people.get(who)
    return Visit(
        visitor=who,
        visitor_country=person.country if person is not None else None,
        host_country=told.host_country,
        place=None,
        start=dates[0].start,
        end=None,
        visit_type="unspecified",
        status="happened",
        evidence=(view.sentence.span,),
    )
