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
from dkg.loaders.steps.visit_invitations import ANSWER_REACH, accepted_near

_AT_CONVENIENCE = Prefiltered(
    r"[^;.]*?\b(?:(?:at|in)\s+(?:an?|any|the\s+most)\s+(?:mutually\s+)?"
    r"(?:convenient|suitable|appropriate|opportune)\s+(?:time|date|moment)"
    r"|at\s+a\s+(?:time|date|moment)\s+(?:mutually\s+)?(?:convenient|suitable)\s+(?:to|for)"
    r"|at\s+(?:his|her|their|your|the)\s+(?:earliest\s+)?convenience"
    r"|when\s+(?:the|his|her|their)\s+(?:\w+\s+){0,4}?(?:will\s+)?(?:allows?|permits?))\b",
    re.IGNORECASE,
)
"""The time a trip is left to: "at a mutually convenient time", "in a convenient moment", "at a
time convenient to both parties", "at his earliest convenience", "when the agenda allows",
"when the agendas of both ministries allow it", "when the circumstances allow"."""
_SOME_DATE = Prefiltered(
    r"[^;.]*?\b(?:one\s+day(?!\s+(?:later|after|before|earlier|ahead|of)\b)"
    r"|(?:at|on)\s+(?:a\s+)?dates?\s+(?:yet\s+)?to\s+be\s+"
    r"(?:agreed|fixed|set|determined|defined|decided|confirmed))\b",
    re.IGNORECASE,
)
"""The time a wished trip is left to: "the wish to visit Goma one day", "her intention to travel
to Oslo at a date to be agreed". Said of a trip that "will" take place these words still plan
it ("will pay a state visit to Angola at dates to be fixed" is announced), so they count only
after a wish."""
_WISHED = re.compile(
    r"\b(?:desire|wish|hope|dream|intention|willingness|eagerness)\s+to\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""A wish just before the cue: "expressed the wish to visit", "his hope to one day travel"."""
_WISH_REACH = 40
_REACH = 90
"""How far after the cue the time of its own clause is told: a destination and its country."""


def left_to_convenience(view: SentenceView, cue: re.Match[str], document: Document) -> bool:
    """Whether the cue's trip is left to a convenient time, with no date told before those
    words ("will visit Chile in March or at another convenient time" keeps March) and no
    acceptance told in its sentence or the next."""
    vague = _AT_CONVENIENCE.match(view.text, cue.end(), cue.end() + _REACH)
    if vague is None and _WISHED.search(view.text, max(0, cue.start() - _WISH_REACH), cue.start()):
        vague = _SOME_DATE.match(view.text, cue.end(), cue.end() + _REACH)
    if vague is None or any(cue.end() <= view.local(d.span)[0] < vague.end() for d in view.dates):
        return False
    return not accepted_near(document.text, view.start, view.sentence.span.end + ANSWER_REACH)
