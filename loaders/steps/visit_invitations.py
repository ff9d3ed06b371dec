"""Invitations that make announced visits: "A invited B to attend the summit in Hiroshima"
and "B accepted an invitation to address the Parliament in Canberra in February".

An invitation nobody accepted is no trip yet, so both are read only where an acceptance is told
near the invitation (``ACCEPTED`` within ``ANSWER_REACH``); an invitation "to visit" is read by
the visit cues themselves (visits.py).
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, Person, PlaceMention, Visit
from dkg.loaders.gazetteer import fold
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.leader_posts import LEADER_TITLES
from dkg.loaders.steps.visit_destinations import TO_PLACE
from dkg.loaders.steps.visit_scope import TO_EVENT

ACCEPTED = Prefiltered(r"\baccept(?:ed|s|ing|ance)?\b", re.IGNORECASE)
"""An acceptance told by the verb or its noun: "B accepted", "conveyed the acceptance of the
invitation"."""
ANSWER_REACH = 250
"""How far after an invitation its acceptance is told: the same or the next sentence. An
invitation nobody accepted is no trip yet."""
_OPEN_ANSWER = re.compile(
    r"\b(?:whether|if|not|never|yet\s+to|no\s+word|declined|refused)\b[^,;.]*$|n['\u2019]t\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""What leaves an acceptance open in its own clause: "no word on whether the invitation had been
accepted", "has not yet accepted", "declined to accept"."""


def accepted_near(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells an invitation accepted, not one whose answer is still
    open ("There was no word on whether the invitation had been accepted")."""
    for match in ACCEPTED.finditer(text, start, end):
        clause = max(text.rfind(mark, start, match.start()) for mark in ",;.")
        if not _OPEN_ANSWER.search(text, max(start, clause + 1), match.start()):
            return True
    return False


_INVITATION = re.compile(r"\binvit(?:ed|es|ing)\s+", re.IGNORECASE)
_TO_ATTEND = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
    r"\s+to\s+(?:(?:attend|join|take part in|participate in)\s+|the\s+|(?=[A-Z]))",
)
"""After the invitee ("the President of Uzbekistan"): "to attend the G7 summit in Hiroshima",
"to Abuja for the session", "to the summit in Seoul"."""


def invited_to_attend(view: SentenceView, people: dict[str, Person]) -> list[Visit]:
    """ "A invited B to attend the summit in Hiroshima", "invited B to Abuja": B's announced
    visit to the country of the place named (an invitation "to visit" is read by the cues)."""
    text = view.text
    invitation = _INVITATION.search(text)
    if invitation is None:
        return []
    invitee = next(
        (
            m
            for m in view.people
            if 0 <= view.local(m.span)[0] - invitation.end() <= 40
            and _TO_ATTEND.match(text, view.local(m.span)[1])
        ),
        None,
    )
    if invitee is None or invitee.person not in people:
        return []
    after = view.local(invitee.span)[1]
    where = [
        (view.local(p.span)[0], p.country, p)
        for p in view.places
        if 0 <= view.local(p.span)[0] - after <= 120
    ] + [
        (view.local(c.span)[0], c.iso2, None)
        for c in view.countries
        if 0 <= view.local(c.span)[0] - after <= 120
        and c.form == "name"
        and TO_PLACE.search(text[max(0, view.local(c.span)[0] - 12) : view.local(c.span)[0]])
    ]
    visitor_country = people[invitee.person].country
    where = sorted(w for w in where if w[1] != visitor_country)
    if not where:
        return []
    start, host, place = where[0]
    return [_announced(view, invitee.person, visitor_country, host, place, after=start)]


def _announced(
    view: SentenceView,
    visitor: str,
    visitor_country: str | None,
    host: str,
    place: PlaceMention | None,
    after: int,
) -> Visit:
    """An announced visit of unstated type, dated by the sentence's first date after ``after``
    (the invitation or its acceptance)."""
    dates = [d for d in view.dates if view.local(d.span)[0] > after]
    return Visit(
        visitor=visitor,
        visitor_country=visitor_country,
        host_country=host,
        place=place,
        start=dates[0].start if dates else None,
        end=None,
        visit_type="unspecified",
        status="announced",
        evidence=(view.sentence.span,),
    )


_ACCEPTED_TO_COME = re.compile(
    r"\baccept(?:ed|s)\s+(?:an?|the|his|her|their|(?:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){0,4}?"
    r"[A-Z][\w.-]*['\u2019]s?)\s+invitation\s+(?:(?:from|of)\s+[^,.;]{0,60}?\s+)?"
    r"(?:to\s+(?:address|attend|visit|travel to|come(?:\s+to)?|speak (?:to|at|before)|open|join|"
    r"(?:pay|make)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?visit)"
    r"|for\s+the\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit|session|forum|conference)\s+"
    r"(?:of\s+[^,.;]{0,60}?)?,?\s+(?:to\s+be\s+held|to\s+take\s+place|in)\b)\b"
)
"""The invitee accepted, and what they are to do is abroad: "X accepted an invitation to
address the Australian Parliament in Canberra in February", "to pay an official visit", "X
accepted Y's invitation to attend the Expo in Osaka", "accepted the invitation of Y for the next
joint meeting of the two governments, to be held in Tirana"."""
_SIDE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){1,2}side\s+(?:(?:has|had|also|gladly)\s+)*$")
"""A country's side as the one who accepts: "The Kenyan side accepted the invitation"."""


def accepted_to_come(view: SentenceView, people: dict[str, Person]) -> list[Visit]:
    """The subject's announced visit to the country of the first place named after "accepted
    an invitation to ...", dated by the first date after it; with no place named, to the one
    other country whose people the story names (the side that invited)."""
    accepted = _ACCEPTED_TO_COME.search(view.text)
    if accepted is None:
        return []
    visitor = _side_leader(view, accepted.start(), people)
    if visitor is None:
        subject = [m for m in view.people if view.local(m.span)[1] <= accepted.start()]
        if not subject or subject[-1].person not in people:
            return []
        visitor = people[subject[-1].person]
    after = accepted.end()
    where = sorted(
        [(view.local(p.span)[0], p.country, p) for p in view.places]
        + [(view.local(c.span)[0], c.iso2, None) for c in view.countries],
        key=lambda w: w[0],
    )
    named = [w for w in where if w[1] not in (None, visitor.country)]
    where = [w for w in named if w[0] >= after]
    event = TO_EVENT.match(view.text, after)
    if event is not None:
        # "to attend the Africa-Japan summit in Nairobi": the host is the venue's country, not
        # a country the event is named after.
        where = [w for w in where if w[0] == event.end()] or where
    invited = _INVITATION.search(view.text, 0, accepted.start())
    if not where and invited is not None:
        # "A invited his counterpart to visit Riga, and B accepted the invitation to come in
        # May": the place is the invitation's, told before the acceptance.
        where = [w for w in named if invited.end() <= w[0] < accepted.start()]
    if not where:
        others = {p.country for p in people.values() if p.country is not None}
        others.discard(visitor.country or "")
        if len(others) != 1 or visitor.country is None:
            return []
        return [_announced(view, visitor.key, visitor.country, others.pop(), None, after)]
    _, host, place = where[0]
    place = place or next((p for _, c, p in where if p is not None and c == host), None)
    return [_announced(view, visitor.key, visitor.country, host, place, after)]


def _side_leader(view: SentenceView, before: int, people: dict[str, Person]) -> Person | None:
    """The leader of the side that accepts ("The Kenyan side accepted the invitation"): the
    one person of that country the story names as its head of state or government; none when
    it names two (a president and a prime minister), as either may be meant."""
    side = _SIDE.search(view.text, max(0, before - 60), before)
    if side is None:
        return None
    country = next(
        (c.iso2 for c in view.countries if side.start() <= view.local(c.span)[0] < side.end()),
        None,
    )
    leaders = [
        p
        for p in people.values()
        if country is not None
        and p.country == country
        and any(fold(t.title) in LEADER_TITLES for t in p.posts)
    ]
    return leaders[0] if len(leaders) == 1 else None


_INVITED_TO = Prefiltered(
    r"\binvit(?:ed|es|ing|ations?(?!\s+of\b))\b[^;.]{0,90}?"
    # the invitee's "to", not the invited one's own plan ("who was invited, is to visit")
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)\b(?:to|for)"
    r"(?:\s+(?:pay|make))?(?:\s+(?:an?|the))?\s*$",
    re.IGNORECASE,
)
"""An invitation whose object is the cue's trip: "invited President X to visit Quito", "extended
an invitation to X to visit", "renewed his invitation for a state visit"; not "at the invitation
of X, Y is to pay a visit", the condition of a trip that is planned."""
_INVITED_REACH = 120
"""How far before its cue an invitation is told: the inviter's verb, the invitee and "to"."""


def unanswered(view: SentenceView, cue: re.Match[str], document: Document) -> bool:
    """Whether the cue's trip is only the object of an invitation nobody is told to have
    accepted, in its sentence or the next ("A invited B to visit Quito, without a date being
    set"): an offer, no trip yet. Once accepted ("..., and B accepted", "which was accepted
    with pleasure") it is an announced visit; a trip later told on its own ("B will visit
    Ecuador in May") is read from that sentence."""
    # The cue may hold the infinitive's "to" ("to visit"): the invitation then ends after it.
    end = cue.start() + (3 if cue.group()[:3].lower() == "to " else 0)
    invited = _INVITED_TO.search(view.text, max(0, cue.start() - _INVITED_REACH), end)
    if invited is None:
        return False
    return not accepted_near(document.text, view.start, view.sentence.span.end + ANSWER_REACH)
