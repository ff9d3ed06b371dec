"""MeetingExtractor: talks between people, with date, place, mode and format.

A meeting is a sentence with a talks cue ("held talks", "met with", "received", "a phone
call") and at least two people, or a collective report ("the parties discussed", "the
interlocutors") whose participants are the people the document has acting in it. Mentions with
the same participants are one meeting (meeting_merging.py). The date is the sentence's own, else
the start of the visit the talks belong to, else, for a report of the document's own day, the
document date (meeting_visits.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from dkg.loaders.document import (
    DateMention,
    Document,
    Meeting,
    MeetingMode,
    TextSpan,
)
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView, sentence_views
from dkg.loaders.steps.meeting_merging import merge_meetings
from dkg.loaders.steps.meeting_visits import visits_from_meetings, with_visit
from dkg.loaders.steps.restated_talks import restates_talks
from dkg.loaders.steps.since_phrases import since_phrases
from dkg.loaders.steps.visit_days import nearest, stated_days
from dkg.loaders.steps.visits import spans_of

CUE = Prefiltered(
    r"\b(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|discussions|"
    r"meeting|a meeting|consultations|conversation|summit|t[eê]te-[aà]-t[eê]te)(?!\w)"
    r"|\bheld\s+with\b"
    r"|\bmet\b|\bmeets\b|\bmeetings? with\b|\btalks with\b|\bdiscussions with\b"
    r"|\b(?:talks|negotiations|meeting)\s+between\b"
    r"|\b(?:after|following|during|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting)\b"
    r"|\b(?:hours?|rounds?|days?)\s+of\s+(?:[\w-]+\s+)?talks\b"
    r"|\bspoke\s+(?:with|to)\b"
    r"|\bcall(?:ed|s)?\s+on\s+(?=[A-Z]|the\s+[A-Z])(?![^.;]{0,80}?\bto\s+[a-z])"
    r"|\b(?:received|welcomed|greeted|hosted)\b"
    r"|\b(?:was|were)\s+joined\s+(?:[\w-]+\s+){0,5}?by\b"
    r"|\b(?:phone|telephone)\s+(?:call|conversation|talks?)\b"
    r"|\b(?:spoke|spoken|speak|speaks)\s+(?:by|on the|over the)\s+(?:phone|telephone)\b"
    r"|\bvideo\s*(?:call|conference|link)\b|\bvideoconference\b",
    re.IGNORECASE,
)
COLLECTIVE = Prefiltered(
    r"\b(?:the|both)\s+(?:parties|sides|interlocutors|delegations)\s+(?:also\s+)?"
    r"(?:discussed|reviewed|exchanged|considered|noted|agreed|held)\b",
    re.IGNORECASE,
)
PAIR = Prefiltered(
    r"\b(?:the two|both)\s+(?:presidents|leaders|heads of (?:state|government)|prime ministers|"
    r"ministers|foreign ministers|premiers|chancellors|monarchs)\b",
    re.IGNORECASE,
)
"""A sentence about the two principals of a bilateral text without naming them."""
_VISITING = Prefiltered(
    r"\bthe\s+visiting\s+(?:president|premier|prime minister|leader|head of state|chancellor|"
    r"king|queen|emir|monarch|minister|foreign minister|dignitary)\b"
    r"|\b(?:his|her|their)\s+(?:distinguished\s+|foreign\s+)?guest\b",
    re.IGNORECASE,
)
"""The visitor of the visit under way, named by the role alone: "the visiting premier was
received by the President", "the Sultan hosted his guest"."""
_PHONE = re.compile(r"\b(?:phone|telephone)\b", re.IGNORECASE)
_VIDEO = re.compile(
    r"\bvideo\s*(?:call|conference|link)\b|\bvideoconference\b|\bonline\b", re.IGNORECASE
)
_FORMATS = re.compile(
    r"\b(narrow|extended|expanded|enlarged|plenary|restricted|bilateral|multilateral|one-on-one|"
    r"tete-a-tete)\b",
    re.IGNORECASE,
)
_FORMAT_NAMES = {
    "narrow": "narrow",
    "one-on-one": "narrow",
    "tete-a-tete": "narrow",
    "extended": "extended",
    "expanded": "extended",
    "enlarged": "extended",
    "plenary": "extended",
    "restricted": "narrow",
    "bilateral": "bilateral",
    "multilateral": "multilateral",
}
_SOCIAL_EVENT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:dinner|banquet|lunch|luncheon|reception|gala)\b",
    re.IGNORECASE,
)
"""What follows "hosted" when it is a meal, not talks: "hosted a State Dinner in honour of"."""
_WELCOMES = frozenset({"received", "welcomed", "greeted"})
_FUTURE = Prefiltered(
    r"\b(?:will|is to|are to|plans? to|is expected to|are expected to|(?:is|are) due\b|"
    r"(?:was|were|had been) (?:expected|scheduled|due|set) to|would have|had planned to)\b",
    re.IGNORECASE,
)
"""Talks still to come, or that had been planned for a trip that was then called off (talks
"scheduled" on the programme of a visit under way do count)."""
_AIRPORT = re.compile(
    r"\s+(?:[\w-]+\s+){0,8}?(?:at|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?airport\b", re.I
)
"""A welcome at the airport is a courtesy on arrival, not talks."""


class MeetingExtractor:
    """Finds meetings and talks; links them to the visit they were part of."""

    name = "extract-meetings"
    requires = frozenset(
        {"sentences", "dates", "filed", "places", "people", "person_mentions", "visits"}
    )
    provides = frozenset({"meetings"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its meetings."""
        views = sentence_views(document)
        meetings: list[Meeting] = []
        collective: list[TextSpan] = []
        pair = _principals(document)
        for view in views:
            if COLLECTIVE.search(view.text) and len({m.person for m in view.people}) < 2:
                collective.append(view.sentence.span)
                continue
            if meetings and _JOINED.search(view.text):
                # "Their foreign ministers also took part in the talks": the talks told before.
                last = meetings[-1]
                joined = tuple(
                    dict.fromkeys((*last.participants, *(m.person for m in view.people)))
                )
                evidence = tuple(sorted({*last.evidence, view.sentence.span}))
                meetings[-1] = replace(last, participants=joined, evidence=evidence)
                continue
            if meetings and restates_talks(view.text):
                continue  # "It was the first call between the two leaders since ...": told
            unnamed = pair if PAIR.search(view.text) else ()
            if _VISITING.search(view.text):
                unnamed = (*unnamed, *_guest(document, view.start))
            meeting = read_meeting(view, unnamed)
            if meeting is not None:
                meetings.extend(_separately(meeting, view))
        meetings = merge_meetings(meetings)
        if collective:
            meetings = _add_collective(meetings, collective, document)
        known = {p.key for p in document.people}
        meetings = [
            replace(m, participants=tuple(k for k in m.participants if k in known))
            for m in meetings
        ]
        meetings = [with_visit(m, document) for m in meetings if len(m.participants) >= 2]
        return visits_from_meetings(replace(document, meetings=tuple(meetings)))


def read_meeting(view: SentenceView, pair: tuple[str, ...] = ()) -> Meeting | None:
    """The meeting a sentence reports: a talks cue and at least two people.

    ``pair`` are the people the sentence refers to without naming them: "the two presidents",
    "the visiting premier".
    """
    if len({m.person for m in view.people}) + len(pair) < 2:
        return None  # fewer than two people: no talks, whatever the cue (and it is not read)
    cue = next(talks_cues(view.text), None)
    if cue is None or _FUTURE.search(view.text, max(0, cue.start() - 120), cue.start()):
        return None
    # "A, who accompanied the Prime Minister, also met B": the person the relative clause
    # names is not at these talks.
    aside = [
        c.span() for c in _RELATIVE.finditer(view.text) if not c.start() <= cue.start() < c.end()
    ]
    participants = tuple(
        dict.fromkeys(
            m.person
            for m in view.people
            if not any(a <= view.local(m.span)[0] < b for a, b in aside)
        )
    )
    if pair:
        # "the two leaders ... with their foreign ministers, A and B": the leaders take part.
        participants = tuple(dict.fromkeys((*pair, *participants)))
    if len(participants) < 2:
        return None
    clauses = [*aside, *since_phrases(view.text)]
    dates = nearest(
        [
            d
            for d in stated_days(view)
            if not _attribute_year(view, d)
            and not any(a <= view.local(d.span)[0] < b for a, b in clauses)
        ],
        view,
        cue,
    )
    # "Meloni, who flew in from Rome, was greeted by Abiy": the clause's place is not the talks'.
    places = nearest(
        [p for p in view.places if not any(a <= view.local(p.span)[0] < b for a, b in clauses)],
        view,
        cue,
    )
    return Meeting(
        participants=participants,
        date=dates[0].start if dates else None,
        place=places[0] if places else None,
        mode=_mode(view.text),
        formats=_formats(view.text),
        evidence=(view.sentence.span,),
    )


def talks_cues(text: str) -> Iterator[re.Match[str]]:
    """The talks cues of a sentence, without a meal hosted, nor a welcome at the airport when
    the sentence also tells the talks ("was welcomed at the airport by X and held talks with
    Y")."""
    cues = [
        c
        for c in CUE.finditer(text)
        if c.group().casefold() != "hosted" or not _SOCIAL_EVENT.match(text, c.end())
    ]
    at_airport = [
        c
        for c in cues
        if c.group().casefold() in _WELCOMES and _AIRPORT.match(text[: c.end() + 80], c.end())
    ]
    # Only when the sentence goes on to the talks: a welcome alone is the meeting there is.
    yield from (c for c in cues if c not in at_airport) if len(at_airport) < len(cues) else cues


_JOINED = Prefiltered(
    r"\b(?:took part in|attended|joined|participated in|(?:was|were) present at)\s+the\s+"
    r"(?:talks|meeting|session)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s+who\s+[^,;]{0,120},")
"""A relative clause about a participant ("Meloni, who flew in on Friday, was greeted"): its
date is the clause's, not the talks'."""
_OF_YEAR = re.compile(r"\bof\s+\d{4}$")


def _attribute_year(view: SentenceView, date: DateMention) -> bool:
    """A bare year that qualifies a noun ("the massacre of 1937") dates no talks."""
    start, end = view.local(date.span)
    return date.start.month is None and bool(_OF_YEAR.search(view.text, max(0, start - 4), end))


_SEPARATE = re.compile(r"\bseparate(?:ly)?\b")
"""Talks each held apart: "A and B will have separate meetings with C", "met A and B
separately"."""
_WITH = re.compile(r"\bwith\b")


def _separately(meeting: Meeting, view: SentenceView) -> list[Meeting]:
    """One meeting per person met when the sentence says the talks were held separately: the
    people on one side of "with" each meet the people on the other side."""
    if len(meeting.participants) < 3:
        return [meeting]
    by_verb = _by_verb(meeting, view)
    if by_verb:
        return by_verb
    if not _SEPARATE.search(view.text):
        return [meeting]
    # The sides meet across "with", else across the verb ("C met A and B separately").
    cue = CUE.search(view.text)
    with_ = _WITH.search(view.text, cue.end() if cue else 0)
    split = with_ or cue
    if split is None:
        return [meeting]
    pivot = view.start + split.start()
    before = list(dict.fromkeys(m.person for m in view.people if m.span.end <= pivot))
    after = [k for k in dict.fromkeys(m.person for m in view.people) if k not in before]
    one, many = (after, before) if len(before) > 1 else (before, after)
    if not one or len(many) < 2:
        return [meeting]
    return [replace(meeting, participants=(*one, person)) for person in many]


def _by_verb(meeting: Meeting, view: SentenceView) -> list[Meeting]:
    """ "X held talks with A and met B": each talks verb after the subject has its own
    people, so each is its own meeting with the subject."""
    cues = list(talks_cues(view.text))
    people = [(view.local(m.span)[0], m.person) for m in view.people]
    if len(cues) < 2 or not people or people[0][0] >= cues[0].start():
        return []
    subject = people[0][1]
    bounds = [c.start() for c in cues] + [len(view.text)]
    groups = [
        tuple(dict.fromkeys(k for at, k in people if start <= at < end and k != subject))
        for start, end in itertools.pairwise(bounds)
    ]
    if sum(1 for g in groups if g) < 2:
        return []
    return [replace(meeting, participants=(subject, *g)) for g in groups if g]


def _mode(text: str) -> MeetingMode:
    if _PHONE.search(text):
        return "phone"
    return "video" if _VIDEO.search(text) else "in-person"


def _formats(text: str) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(_FORMAT_NAMES[m.group(1).casefold()] for m in _FORMATS.finditer(text))
    )


def _principals(document: Document) -> tuple[str, ...]:
    """The two people a bilateral text is about: the visitor and the first host-side person,
    else the first two people of different known countries."""
    people = [p for p in document.people if p.country is not None]
    for visit in document.visits:
        if visit.status == "happened":
            host = next((p.key for p in people if p.country == visit.host_country), None)
            if host is None:
                # A host whose country the text leaves unsaid ("Prime Minister James Marape
                # welcomed his Australian counterpart"): the first other titled person.
                host = next(
                    (
                        p.key
                        for p in document.people
                        if p.country is None and p.posts and p.key != visit.visitor
                    ),
                    None,
                )
            if host is not None:
                return visit.visitor, host
    first = people[0] if people else None
    other = next((p for p in people if first is not None and p.country != first.country), None)
    return (first.key, other.key) if first is not None and other is not None else ()


def _guest(document: Document, before: int) -> tuple[str, ...]:
    """The visitor of the visit under way at ``before``: the last one told so far, else the
    first of the text."""
    under_way = [v for v in document.visits if v.status == "happened" and v.evidence]
    told = [v for v in under_way if v.evidence[0].start <= before]
    chosen = told[-1] if told else (under_way[0] if under_way else None)
    return (chosen.visitor,) if chosen is not None else ()


def _add_collective(
    meetings: list[Meeting], spans: list[TextSpan], document: Document
) -> list[Meeting]:
    """ "The parties discussed ...": evidence for the meeting there is, or one of its actors."""
    if meetings:
        first = meetings[0]
        return [
            replace(first, evidence=tuple(sorted(set(first.evidence) | set(spans)))),
            *meetings[1:],
        ]
    background = spans_of(document.visits)
    actors = [
        person.key
        for person in document.people
        if person.posts and any(not any(b.contains(m) for b in background) for m in person.mentions)
    ]
    if len(actors) < 2:
        return meetings
    return [Meeting(tuple(actors), document.filed, None, "in-person", (), tuple(spans))]
