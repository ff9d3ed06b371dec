"""Trips left to "a convenient time": an invitation or an intention that names no time.

"A invited B to visit Chile at a time convenient to both sides", "X expressed his intention to
pay a visit to Italy at a convenient time", "she would visit Peru 'when the agenda allows'":
protocol words that plan no trip, so no visit is read from them. Once the invitation is told as
accepted ("B accepted the invitation to visit Chile at a convenient time", "..., and the
invitation was accepted") it is an announced visit without a date, as the visit cues read it.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.visit_invitations import ACCEPTED, ANSWER_REACH

_AT_CONVENIENCE = Prefiltered(
    r"[^;.]*?\b(?:at\s+(?:an?|any|the\s+most)\s+(?:mutually\s+)?"
    r"(?:convenient|suitable|appropriate|opportune)\s+(?:time|date|moment)"
    r"|at\s+a\s+(?:time|date|moment)\s+(?:mutually\s+)?(?:convenient|suitable)\s+(?:to|for)"
    r"|at\s+(?:his|her|their|your|the)\s+(?:earliest\s+)?convenience"
    r"|when\s+(?:the|his|her|their)\s+(?:agenda|schedule|calendar)s?\s+(?:allows?|permits?))\b",
    re.IGNORECASE,
)
"""The time a trip is left to: "at a mutually convenient time", "at a suitable date", "at a time
convenient to both parties", "at his earliest convenience", "when the agenda allows"."""
_REACH = 90
"""How far after the cue the time of its own clause is told: a destination and its country."""


def left_to_convenience(view: SentenceView, cue: re.Match[str], document: Document) -> bool:
    """Whether the cue's trip is left to a convenient time, with no date told before those
    words ("will visit Chile in March or at another convenient time" keeps March) and no
    acceptance told in its sentence or the next."""
    vague = _AT_CONVENIENCE.match(view.text, cue.end(), cue.end() + _REACH)
    if vague is None or any(cue.end() <= view.local(d.span)[0] < vague.end() for d in view.dates):
        return False
    return not ACCEPTED.search(document.text, view.start, view.sentence.span.end + ANSWER_REACH)
