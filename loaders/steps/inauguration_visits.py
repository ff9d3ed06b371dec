"""Trips to a leader's inauguration, told by the attending alone: "Chile's President attended
Ruiz's inauguration in January", "was present at the swearing-in of President X".

A head of state attends a swearing-in where it takes place, in the inaugurated leader's
country, as news takes for granted: the sentence names no destination, only whose inauguration
it was. The visit goes to that person's country at the precision the sentence gives; "travelled
to Accra for Mahama's inauguration" names its place and is read by the travel cue itself. A
city after the inauguration ("the attendance by X at the inauguration of Y in Maputo") tells the
country when the leader's is unknown.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.visit_status import status_of

_NAME = r"(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}"
_ATTENDED = Prefiltered(
    r"\b(?:attend(?:ed|s|ing)?|(?:was|were|is|are)\s+(?:present|on\s+hand)\s+(?:at|for))\s+"
    r"(?:the\s+)?(?:(?P<owner>" + _NAME + r")['\u2019]s?\s+)?(?:presidential\s+)?"
    r"(?:inauguration|swearing[\s-]in)(?:\s+ceremony)?(?:\s+of\s+(?P<of>" + _NAME + r"))?",
    re.IGNORECASE,
)
"""Attending someone's inauguration: "attended Ruiz's inauguration", "attended the swearing-in
ceremony of President X", "was present at the inauguration of X"."""
_ATTENDANCE = Prefiltered(
    r"\b(?:attendance|presence|participation)\s+(?:of|by)\s+(?P<attendee>[^,;:.]{1,80}?)\s+"
    r"(?:at|in)\s+(?:the\s+)?(?:(?P<owner>" + _NAME + r")['\u2019]s?\s+)?(?:presidential\s+)?"
    r"(?:inauguration|swearing[\s-]in|investiture)(?:\s+ceremony)?"
    r"(?:\s+of\s+(?P<of>" + _NAME + r"))?",
    re.IGNORECASE,
)
"""The same told by a noun, its attendee after it: "the visit follows the attendance by
President X at the inauguration of President Y in Maputo", "the presence of X at Y's
swearing-in"."""
_SUBJECT_REACH = 40
"""How far before the verb its subject's name may end ("X, the Chilean President, attended")."""
_GERUND_AFTER = re.compile(r"\b(?:after|before|while|since)\s+$", re.IGNORECASE)
"""A conjunction that makes "attending" a gerund of the sentence's subject."""
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?")
"""Between the inauguration and the place it was held in."""
_CLAUSE_END = re.compile(r"[;:]|\.\s|,\s+(?:and|but|which|when|where|while)\b")


def attended_inaugurations(view: SentenceView, people: dict[str, Person]) -> list[Visit]:
    """The trip of the person who attended a named leader's inauguration to that leader's
    country; none when the leader or their country is unknown, or it is the attendee's own
    (a swearing-in at home is no visit)."""
    match = _ATTENDED.search(view.text)
    noun = match is None
    if noun:
        match = _ATTENDANCE.search(view.text)
    if match is None or not (match["owner"] or match["of"]):
        return []  # "attended the inauguration": whose, and so where, is not told
    # the name may follow the owner's title: "the inauguration of President X"
    named = range(*match.span("owner" if match["owner"] else "of"))
    owners = [m for m in view.people if view.local(m.span)[0] in named]
    subjects = (
        [
            m
            for m in view.people
            if match.start("attendee") <= view.local(m.span)[0] < match.end("attendee")
        ]
        if noun
        else [
            m
            for m in view.people
            if 0 <= match.start() - view.local(m.span)[1] <= _SUBJECT_REACH
            and not _CLAUSE_END.search(view.text, view.local(m.span)[1], match.start())
        ]
    )
    gerund = not noun and _GERUND_AFTER.search(view.text, 0, match.start()) is not None
    if gerund and not subjects:
        # "Dr Boko was speaking in Windhoek on Friday after attending the inauguration of X":
        # the gerund's subject is the sentence's, however far before it
        subjects = [
            m
            for m in view.people[:1]
            if not _CLAUSE_END.search(view.text, view.local(m.span)[1], match.start())
        ]
    if not owners or not subjects:
        return []
    owner = people.get(owners[0].person)
    visitor = people.get(subjects[-1].person)
    if owner is None or visitor is None or owner.key == visitor.key:
        return []
    # "the inauguration of President X in Maputo": the city tells the country X's name may not
    at = _IN_PLACE.match(view.text, match.end())
    place = next((p for p in view.places if at and view.local(p.span)[0] == at.end()), None)
    host = owner.country or (place.country if place is not None else None)
    if host is None or host == visitor.country:
        return []
    end = _CLAUSE_END.search(view.text, match.end())
    until = end.start() if end else len(view.text)
    dates = [d for d in view.dates if match.end() <= view.local(d.span)[0] < until]
    if gerund and not dates:
        # "X was speaking in Windhoek on Friday after attending ...": the day of the clause
        dates = [d for d in view.dates if view.local(d.span)[1] <= match.start()]
    return [
        Visit(
            visitor=visitor.key,
            visitor_country=visitor.country,
            host_country=host,
            place=place if place is not None and place.country == host else None,
            start=dates[0].start if dates else None,
            end=None,
            visit_type="unspecified",
            status=status_of(view.text, match),
            evidence=(view.sentence.span,),
        )
    ]
