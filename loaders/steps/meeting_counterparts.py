"""Meeting counterparts: one meeting per person met when talks were held one by one.

"A met B, C and D" (a visitor calling on each host in turn) and "held separate meetings with B
and C" are a meeting per counterpart; "held trilateral talks with B and C" or "A, B and C met"
stay one meeting at one table.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from dkg.loaders.document import Meeting
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.talks_cues import cue_matches, talks_cues

_SEPARATE = Prefiltered(r"\bseparate(?:ly)?\b")
"""Talks each held apart: "A and B will have separate meetings with C", "met A and B
separately"."""
JOINT = Prefiltered(
    r"\b(?:trilateral|tripartite|quadrilateral|three-way|four-way|joint(?:ly)?|together|"
    r"multilateral|summit of|all three|all four|in the presence of|joined by|attended by|"
    r"also present|also attended|alongside)\b",
    re.IGNORECASE,
)
"""Talks that several people held at one table: "held trilateral talks with A and B", "met A
in the presence of B"."""
CLAUSE_END = re.compile(
    r";|,\s+(?:after|before|while|when|where|as|who|whom|which|but|then|and then)\b"
)
"""Where the list of people met ends: "met A and B, after C had welcomed him"."""
_SUBJECT = re.compile(r"[^,;:()]{0,40}")
"""What may stand between the subject and its talks verb: "also", "on Monday", "later"."""
_WITH = re.compile(r"\bwith\b")


def separately(meeting: Meeting, view: SentenceView) -> list[Meeting]:
    """One meeting per person met when the sentence says the talks were held separately: the
    people on one side of "with" each meet the people on the other side."""
    if _met_apart_by_someone_unnamed(view):
        # "The President of Russia also met separately with A and with B", the subject a role
        # no person was found for: A and B did not meet each other, and who met them is unknown.
        return []
    if len(meeting.participants) < 3:
        return [meeting]
    by_verb = _by_verb(meeting, view)
    if by_verb:
        return by_verb
    if not _SEPARATE.search(view.text) and not _one_subject(view) and not _each_with(view):
        return [meeting]
    # The sides meet across "with", else across the verb ("C met A and B separately").
    cue = next(iter(cue_matches(view.text)), None)
    # From the cue's start: "held separate meetings with A and with B" has its "with" inside
    # the cue, and the next one is only the second counterpart's.
    with_ = _WITH.search(view.text, cue.start() if cue else 0)
    split = with_ or cue
    if split is None:
        return [meeting]
    pivot = view.start + split.start()
    # "X co-chaired the summit with A, and held separate talks with B": A, met under another
    # "with" before the talks, is no side of them.
    earlier = _WITH.search(view.text, 0, cue.start()) if with_ is not None and cue else None
    bound = view.start + earlier.start() if earlier is not None else pivot
    before = list(dict.fromkeys(m.person for m in view.people if m.span.end <= bound))
    after = [
        k
        for k in dict.fromkeys(m.person for m in view.people if m.span.start >= pivot)
        if k not in before
    ]
    one, many = (after, before) if len(before) > 1 else (before, after)
    if not one or not many:
        return [meeting]
    if many is after and all(_own_with(view, person) for person in many):
        # "held talks with A in Warsaw on Monday, and with B in Prague on Thursday"
        return [_in_own_conjunct(meeting, view, (*one, person), many) for person in many]
    return [replace(meeting, participants=(*one, person)) for person in many]


_OWN_WITH = re.compile(
    r"\bwith\s+(?:of\s+[\w'\u2019-]+,\s+[\w'\u2019-]+\s+and\s+|[\w.'\u2019-]+\s+){0,8}"
    r"(?:[\w.'\u2019-]+,\s+)?$"
)
"""A counterpart with a "with" of its own: "..., and with Foreign Minister B", also with the
title set off before the name: "and with the Foreign Minister, B", a party's post among them:
"and later with the Honorary Chairman of the Liberal Democratic Party, B", or a portfolio
listed with a comma: "and with the Minister of Economy, Trade and Industry B"."""
_OWN_WITH_REACH = 90
"""How far before a name its own "with" may stand: the longest titles of that reach."""
_AND_WITH = re.compile(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?with\b")
"""A second counterpart given its own "with": "met with A, and with B"."""


def _each_with(view: SentenceView) -> bool:
    """ "During which he met with the President, A, and with the Foreign Minister, B": each
    person after the talks cue has a "with" of their own, so each was met in turn, unless the
    sentence sets them at one table ("together", "trilateral")."""
    cue = next(talks_cues(view.text), None)
    if cue is None or not _AND_WITH.search(view.text, cue.end()) or JOINT.search(view.text):
        return False
    after = {m.person for m in view.people if view.local(m.span)[0] >= cue.end()}
    return len(after) >= 2 and all(_own_with(view, person) for person in after)


_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
"""A place the talks were held in, not one a title or description names ("the mayor of X")."""


def _own_with(view: SentenceView, person: str) -> bool:
    """Whether the first mention of ``person`` follows a "with" of its own."""
    mine = min(view.local(m.span)[0] for m in view.people if m.person == person)
    return _OWN_WITH.search(view.text, max(0, mine - _OWN_WITH_REACH), mine) is not None


def _in_own_conjunct(
    meeting: Meeting, view: SentenceView, participants: tuple[str, ...], listed: list[str]
) -> Meeting:
    """The meeting with the last of ``participants``, at the place and on the day its own
    stretch of the list names, from that person to the next one listed (or the clause's end),
    else at the place and on the day of the whole sentence."""
    person = participants[-1]
    mine = min(view.local(m.span)[0] for m in view.people if m.person == person)
    later = [view.local(m.span)[0] for m in view.people if m.person in listed]
    stop = CLAUSE_END.search(view.text, mine)
    end = min([at for at in later if at > mine] + [stop.start() if stop else len(view.text)])
    return _set_within(replace(meeting, participants=participants), view, mine, end)


def _set_within(meeting: Meeting, view: SentenceView, start: int, end: int) -> Meeting:
    """The meeting at the place ("in X", "at X") and on the day the sentence states between
    ``start`` and ``end``, the stretch that tells one of several talks, else where and when
    the whole sentence sets them."""
    places = [
        p
        for p in view.places
        if start <= view.local(p.span)[0] < end
        and _IN.search(view.text, 0, view.local(p.span)[0]) is not None
    ]
    days = [d.start for d in view.dates if start <= view.local(d.span)[0] < end and d.start.day]
    return replace(
        meeting,
        place=places[0] if places else meeting.place,
        date=days[0] if days else meeting.date,
    )


def _met_apart_by_someone_unnamed(view: SentenceView) -> bool:
    """Whether the sentence tells talks held separately with several people, or met by a
    pronoun, and names no person before the talks: "A and B held separate talks with C" names
    the subjects, "the President also met separately with A and with B" does not, nor does
    "she met A and B" when no one was found for "she". An opening "In a separate meeting,"
    sets these talks apart from those told before, and the subject after it still counts:
    "In a separate meeting, Foreign Minister A held talks with B"."""
    apart = _SEPARATE.search(view.text)
    cue = next(talks_cues(view.text), None)
    if cue is None or len({m.person for m in view.people}) < 2:
        return False
    starts = [view.local(m.span)[0] for m in view.people]
    if apart is not None and not any(at < max(apart.start(), cue.start()) for at in starts):
        return True
    # "She met A and B (separately)", "she" no one found: those she met did not meet each other.
    pronoun = _PRONOUN_MET.search(view.text)
    return pronoun is not None and not any(at < pronoun.end() for at in starts)


_PRONOUN_MET = Prefiltered(
    r"\b(?:he|she|they)\s+(?:(?:also|later|then|separately)\s+)?(?:met|meets)\b", re.IGNORECASE
)
"""A pronoun subject of "met": the people after the verb are the ones met, not a table."""


def _one_subject(view: SentenceView) -> bool:
    """ "X met A, B and C": one person before the talks cue and a list after it, with nothing
    that puts them at one table, are the calls one visitor pays on each host in turn."""
    cue = next(talks_cues(view.text), None)
    if cue is None or JOINT.search(view.text):
        return False
    spans = [view.local(m.span) for m in view.people]
    before = [end for start, end in spans if start < cue.start()]
    stop = CLAUSE_END.search(view.text, cue.end())
    end = stop.start() if stop else len(view.text)
    after = {m.person for m in view.people if cue.end() <= view.local(m.span)[0] < end}
    # The subject is the one person just before the verb: "Yoon met", "Xi later met".
    return (
        len(before) == 1
        and len(after) >= 2
        and bool(_SUBJECT.fullmatch(view.text, before[0], cue.start()))
    )


def _by_verb(meeting: Meeting, view: SentenceView) -> list[Meeting]:
    """ "X held talks with A and met B": each talks verb after the subject has its own
    people, so each is its own meeting with the subject. A subject the sentence does not name
    ("the Prime Minister was received by A, and called on B") is the one participant that
    the sentence's names leave over. A later verb with a subject of its own ("X received A,
    and later A held talks with B") has that subject instead: B met A, not X."""
    cues: list[re.Match[str]] = []
    for cue in talks_cues(view.text):
        # "held summit talks with": "held summit" and "talks with" are one verb's cues
        if not cues or view.text[cues[-1].end() : cue.start()].strip():
            cues.append(cue)
    people = [(view.local(m.span)[0], m.person) for m in view.people]
    if len(cues) < 2 or not people:
        return []
    unnamed = [k for k in meeting.participants if k not in {p for _, p in people}]
    if people[0][0] < cues[0].start():
        subject = people[0][1]
    elif len(unnamed) == 1:
        subject = unnamed[0]
    else:
        return []
    bounds = [c.start() for c in cues] + [len(view.text)]
    own = [None] + [
        _clause_subject(view, cues[i - 1].end(), cues[i].start()) for i in range(1, len(cues))
    ]
    moved = {told[0] for told in own if told is not None}
    leads = [told[1] if told is not None else subject for told in own]
    groups = [
        tuple(
            dict.fromkeys(
                k for at, k in people if start <= at < end and k != lead and at not in moved
            )
        )
        for (start, end), lead in zip(itertools.pairwise(bounds), leads, strict=True)
    ]
    if sum(1 for g in groups if g) < 2:
        return []
    # "On Tuesday she was received by A, and on Wednesday she held talks with B": each verb's
    # clause, from the conjunction that opens it, has its own day.
    opens = [0] + [
        _clause_start(view.text, cues[i - 1].end(), cues[i].start()) for i in range(1, len(cues))
    ]
    closes = [*opens[1:], len(view.text)]
    # The first verb's talks keep the sentence's setting, read from that verb.
    return [
        _set_within(replace(meeting, participants=(lead, *g)), view, start, end)
        if start
        else replace(meeting, participants=(lead, *g))
        for lead, g, start, end in zip(leads, groups, opens, closes, strict=True)
        if g
    ]


_CONJUNCTION = re.compile(r"[,;]\s+(?:and|but|then|while)\b|;|\s(?:and|but)\s+(?:then|later)\b")
"""What opens the clause of a later talks verb: ", and on Wednesday she held talks"."""


def _clause_start(text: str, after: int, cue: int) -> int:
    """Where the clause of the talks verb at ``cue`` opens: the last conjunction between the
    verb before it (ending at ``after``) and it, else the verb itself."""
    opened = [c.start() for c in _CONJUNCTION.finditer(text, after, cue)]
    return opened[-1] if opened else cue


_JOINED_CLAUSE = re.compile(
    r"\b(?:and|but)\s+(?:(?:later|then|afterwards|subsequently)\s+"
    r"|(?:in|on|at|during|after)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?[\w-]+,?\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}$"
)
"""What opens a clause of its own before its subject: ", and later the President", "and then
Faye", "and in the afternoon President X", "and on Tuesday X"; not "received Austrian
President", whose name is the object of the verb before."""
_BEFORE_VERB = re.compile(
    r"\s+(?:(?:also|later|then|afterwards|subsequently)\s+)?(?:(?:was|were)\s+)?"
)


def _clause_subject(view: SentenceView, after: int, cue: int) -> tuple[int, str] | None:
    """The person named as the subject of the clause whose talks verb starts at ``cue`` (and
    where the mention starts), when a conjunction after the verb before it at ``after`` opens
    that clause: "X received A on Monday, and later A held talks with B", or in the passive,
    "X was received by A in June, and B was received by C in August"."""
    named = [m for m in view.people if after <= view.local(m.span)[0] < cue]
    if not named:
        return None
    start, end = view.local(named[-1].span)
    if not _BEFORE_VERB.fullmatch(view.text, end, cue):
        return None
    if not _JOINED_CLAUSE.search(view.text, after, start):
        return None
    return start, named[-1].person
