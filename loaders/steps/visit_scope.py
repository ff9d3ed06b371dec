"""Whether a date or place in a visit's sentence is the visit's own, not another event's.

A sentence that tells a visit often also dates a decision about it, an earlier stop, an event
nearby or a relative's trip; the visit's days and its host are read only from what is left.
"""

from __future__ import annotations

import re

from dkg.loaders.document import TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.cue_clauses import INVITES
from dkg.loaders.steps.earlier_stops import in_earlier_stop
from dkg.loaders.steps.kin_clauses import KIN_CLAUSE_START
from dkg.loaders.steps.stated_starts import told_as_start

_REACH = 200
"""How many characters from a cue a date or place can be and still be the visit's."""
_CLOCK = (
    r"\s+(?:midday|noon|midnight|dawn|daybreak|sunrise|sunset|dusk|nightfall|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|o'clock|hours\b|h\b))"
)
"""A time of the day after "after" or "before": "landed shortly after midday on 16 June"."""
_OTHER_EVENT = Prefiltered(
    r"\b(?:summit|forum|conference|meeting|ceremony|elections?|inauguration|anniversary|session|"
    rf"games|olympics|expo|exhibition|festival|congress|assembly|since|after(?!{_CLOCK})|"
    rf"before(?!\s*(?:,|;|\.|$|as\b|in\b|on\b|at\b)|{_CLOCK}))\b",
    re.IGNORECASE,
)
"""Words after which a date or place is another event's: "ahead of the summit in Rio on 3 May".
"Before" as an adverb ("had visited Lima before, in November 2016") is no other event, nor is
a time of the day ("arrived just after midnight on Friday")."""


_SINCE_OFFICE = Prefiltered(
    r"\bsince\s+(?:(?:taking|assuming|entering)\s+office|coming\s+to\s+power|becoming|"
    r"(?:being\s+)?(?:re-?)?elected|(?:his|her|their)\s+(?:(?:re-?)?election|inauguration|"
    r"swearing-in|accession|appointment)|(?:he|she|they)\s+(?:took|assumed)\s+office|"
    r"(?:he|she|they)\s+(?:became|was\s+elected|were\s+elected))\b[^,;.]{0,60}$",
    re.IGNORECASE,
)
"""A date within a "since" phrase of taking office, before the trip's cue ("on his first
trip abroad since taking office in June, arrived in", "since becoming prime minister in 2021",
"since his election in March"): the day of the office, never the trip's. Other "since"
phrases may hold the trip's own day ("since arriving in Hanoi on Monday, he has visited")."""


_LATER_CLAUSE = re.compile(r"\bafter\s+$", re.IGNORECASE)
"""A cue in a clause of what came before the sentence's main event ("arrived on Sunday after
attending the assembly in New York"): the day before it is that event's. One "before" the
cue ("the next day he flew to Lagos before travelling on to Ghana") still dates the leg
roughly, as the month of the tour."""


def of_this_visit(text: str, view: SentenceView, cue: re.Match[str], span: TextSpan) -> bool:
    """False for a date or place that belongs to another event named after the cue, or that
    lies too far from the cue to be about it, or that dates a decision about the visit.

    An event the trip is made for shares its date: "will travel to Berlin for the
    conference on Nov. 20"."""
    start, end = view.local(span)
    if _DECIDED.search(text, max(0, start - 40), start):
        return False  # "was called off on Thursday": the day of the decision
    if in_earlier_stop(view, span):
        return False  # "arrived in Nairobi after a stop in Ethiopia on Tuesday": a trip before
    if start < cue.start() and _LATER_CLAUSE.search(text, max(0, cue.start() - 8), cue.start()):
        return False  # "arrived in Havana on Sunday after attending ...": the arrival's day
    if start < cue.start() and _DECIDED_BEFORE.fullmatch(text, end, cue.start()):
        return False  # "on Tuesday postponed a trip to Chile": the day of the decision
    if start < cue.start() and _SINCE_OFFICE.search(text, max(0, start - 100), start):
        return False  # "on his first trip abroad since taking office in June, arrived in"
    if start < cue.start():  # "on Monday, A invited B to visit": the day of the invitation
        return cue.start() - end <= _REACH and not INVITES.search(text, end, cue.start())
    if start - cue.end() > _REACH:
        return False
    if KIN_CLAUSE_START.search(text, cue.end(), start):
        return False  # "will visit X, and his sister went ahead to Rome": the relative's trip
    if ORIGIN_CLAUSE.search(text, cue.end(), start):
        return False  # "arrived in Amman from Cairo, where he had held talks on Monday"
    relative = _FAR_RELATIVE.search(text, cue.end(), start)
    if (
        relative is not None
        and relative.start() - cue.end() > _NOUN_REACH
        and not _PLAN_CLAUSE.match(text, relative.start())
    ):
        return False  # "trip to X in order to oversee ... Hurricane Milton, which ... on Wednesday"
    other = _OTHER_EVENT.search(text, cue.end(), start)
    if other is None or _FOR_EVENT.match(text, cue.end(), other.start()) is not None:
        return True
    if other.group().casefold() == "since" and told_as_start(text, start):
        return True  # "is on a visit to Ghana since Saturday": the visit's own first day
    goes_to = TO_EVENT.match(text, cue.end())  # "to the summit in Kazan": the trip's event
    return goes_to is not None and other.end() <= goes_to.end()


ORIGIN_CLAUSE = SkipAheadPattern(
    r"\bfrom\s+(?:the\s+)?(?P<origin>[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'\u2019-]*){0,3}),\s+"
    r"(?P<word>where|when)\b"
)
"""A clause about the place a visitor came from ("arrived in Amman from Cairo, where he had
held talks on Monday", "from the Kingdom of the Netherlands, where"): its date and places are
that earlier stop's, not this visit's."""
_FAR_RELATIVE = re.compile(r",\s+which\b")
_NOUN_REACH = 40
"""How far after the cue a ", which" clause can still be about the visit ("a state visit to
the Republic of Kazakhstan, which began on Monday"); further on it is about a later noun."""
_PLAN_CLAUSE = re.compile(
    r",\s+which\s+(?:had\s+been|has\s+been|was|were|is|are)\s+"
    r"(?:(?:originally|initially|first|provisionally)\s+)?(?:(?:scheduled|planned|set|due|slated|foreseen|envisaged|programmed)\s+(?:for|on|from)\b"
    r"|expected(?:\s+to\s+take\s+place)?(?:\s+(?:for|on|in))?\s+(?=this\b|next\b|later\b|\d|[A-Z]))"
)
"""A ", which" clause that gives the day a trip was planned for, however long the noun before
it: "The state visit of the Chancellor of Germany to Kenya, which had been scheduled for
November 21, has been postponed" keeps that day as the visit's, as "..., which was expected
this month, has been postponed" keeps that month, and so does a translation's "which was
foreseen for the days 28 and 29 September"; not "which was expected to boost trade"."""
TO_EVENT = re.compile(
    r"\s*(?:(?:the|a|an|this|this year's)\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:summit|forum|"
    r"conference|congress|games|olympics|expo|exhibition|festival|assembly|"
    r"heads\s+of\s+(?:state|government))\s+(?:in|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""An event the cue itself goes to, whose venue is then the visit's: "will lead the delegation
to the summit in Kazan", "travelled to the G20 summit in New Delhi", "took part in the meeting
of the Council of Heads of State in Bishkek"."""
_DECIDED = Prefiltered(
    r"\b(?:called off|cancel+ed|postponed|announced|confirmed|decided|said|told)\s+"
    r"(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
"""Words before a date that is when the visit was decided or reported, not its day."""
_DECIDED_BEFORE = re.compile(
    r"\s+(?:called\s+off|cancel+ed|postponed|put\s+off|delayed|scrapped|announced|confirmed)"
    r"\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?",
    re.IGNORECASE,
)
"""The words between a date and the trip it comes before, when they say the trip was decided
that day: "President X on Tuesday postponed a trip to Chile and Peru"; the trip's own day, if
the text gives it, is told elsewhere ("had been due to fly to Santiago on Thursday")."""
_FOR_EVENT = re.compile(
    r"(?:\s+(?:to\s+)?[A-Z][\w\s',-]{0,40}?)?"
    r"(?:\s+(?:later|early|earlier|next|this)\s+(?:this\s+|next\s+|in\s+the\s+)?"
    r"(?:week|month|year)\b)?"
    r"(?:\s+for|\s+to\s+(?:attend|take\s+part\s+in|participate\s+in)"
    r"|,\s+where\s+(?:he|she|they|the\s+\w+)\s+"
    r"(?:was|is|were|are|will|would|had\s+been)\s+(?:(?:due|scheduled|expected|set|to)\s+)?"
    r"(?:to\s+)?(?:attend|take\s+part\s+in|join|address))"
    r"\s+(?:the|an?|its|his|her|their|[A-Z][\w-]*['\u2019]s)\s+(?:[^,;.]{0,60}\s)?$"
)
"""The trip's purpose between the cue and the event: "to Santiago for the APEC leaders'",
"to Accra for Mahama's inauguration" (the event of a named owner),
"to Kazan, Russia, where he was due to attend the BRICS summit", "to Qatar later this month to
attend a special meeting of the forum"."""
