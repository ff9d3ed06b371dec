"""A visitor told as being abroad in apposition: "Shoukry, in Washington for two days of talks,
said ...", "Starmer, in Rio for the summit that opened on Monday, met Xi".

No visit cue is written, but a named official who is in a foreign place for some purpose has
travelled there: the visit happened, on the day its clause gives, else on the day the story
last told (news tells the opening day first), else on the day the story was filed.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, PartialDate, Person, PlaceMention, Visit
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.visit_days import last_day_told

_IN = re.compile(r",\s+(?:who\s+is\s+|now\s+|already\s+)?in\s+(?:the\s+)?")
"""Between the visitor and the place: "X, in", "X, who is in", "X, now in"."""
_FOR = re.compile(r"\s+for\s+")
"""After the place: the purpose that makes the stay a trip ("in Rio for the summit")."""
_CLAUSE_END = re.compile(r"[,;:]\s|\.(?:\s|$)")


def present_for(view: SentenceView, people: dict[str, Person], document: Document) -> list[Visit]:
    """The visits of people the sentence places abroad "in X for ...", one per person."""
    found: list[Visit] = []
    targets: list[tuple[int, int, str, PlaceMention | None]] = [
        (*view.local(c.span), c.iso2, None) for c in view.countries if c.form == "name"
    ]
    targets += [(*view.local(p.span), p.country, p) for p in view.places]
    for mention in view.people:
        person = people.get(mention.person)
        if person is None or person.country is None:
            continue
        after = view.local(mention.span)[1]
        opening = _IN.match(view.text, after)
        if opening is None:
            continue
        target = next((t for t in targets if t[0] == opening.end()), None)
        if target is None or target[2] == person.country:
            continue
        if _FOR.match(view.text, target[1]) is None:
            continue
        found.append(
            Visit(
                visitor=person.key,
                visitor_country=person.country,
                host_country=target[2],
                place=target[3],
                start=_day(view, document, target[1]),
                end=None,
                visit_type="unspecified",
                status="happened",
                evidence=(view.sentence.span,),
            )
        )
    return found


def _day(view: SentenceView, document: Document, after: int) -> PartialDate | None:
    """The first date of the clause after the place, else the day last told, else the day
    the story was filed."""
    end = _CLAUSE_END.search(view.text, after)
    until = end.start() if end is not None else len(view.text)
    dates = [d for d in view.dates if after <= view.local(d.span)[0] < until]
    if dates:
        return dates[0].start
    return last_day_told(document, view.start) or document.filed
