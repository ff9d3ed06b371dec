"""Planned talks: talks a sentence tells as still to come or only wished for, not held.

"He will meet X", "the agenda foresees a meeting with X" and "hopes to hold talks with X" name
both sides and a talks cue as a report of talks held does; only the words before the cue tell
that no meeting took place. After the cue, a plan ("met X to prepare an accord the two are due
to sign on Tuesday") dates what is to come, not the talks. Kept apart from the reading of a
meeting because these are the tense of the talks, a question of its own.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.reported_futures import reported_before

_FUTURE = Prefiltered(
    # "readers will recall the talks": the recalling's future, not the talks'
    # "It is to be recalled that the two had spoken", "It is to recall that the Head of State
    # had held talks" (translated French "il est à rappeler"): the recalling's duty, not talks
    # to come
    r"\b(?:will(?!\s+(?:recall|remember)\b)|(?:is|are) to(?!\s+(?:be\s+)?(?:recall|note|"
    r"remember|mention|underline|stress|emphasi[sz]e|highlight)(?:ed|d)?\b)|plans? to|"
    r"is expected to|"
    r"are expected to|(?:is|are) due\b|"
    r"(?:was|were|had been) (?:expected|scheduled|due|set) (?:to|for)|would have|had planned to|"
    # "was to hold talks with X", "was to fly to Y for talks with X", "would have held talks",
    # right before the cue or in its clause: the plan of a trip, maybe called off
    r"(?:was|were)\s+to(?=\s*$|\s+(?:travel|fly|go|head|come)\b[^,;.]*$)|would(?=\s*$)|"
    # "leaves for Jakarta on Tuesday for talks with X", "is flying to Lima for talks": the
    # timetable's present, a leg still to come, in the clause of the cue; not "travels to
    # Beijing for talks" in a chronology's historical present
    r"(?:leaves|departs|(?:is|are)\s+(?:leaving|departing|flying|travell?ing|heading))\s+"
    r"(?:on\s+)?(?:for|to)\b(?=[^,;.]*$)|"
    r"(?:agenda|programme|program|schedule|itinerary|trip|leg|visit),?\s+(?:which\s+)?"
    r"(?:also\s+)?(?:foresees|includes|envisages|provides for)|['\u2019]ll)\b",
    re.IGNORECASE,
)
"""Talks still to come ("he'll sit down with", "the agenda foresees a meeting with", "the
second leg, which includes a meeting with"), or that had been planned for a trip that was then
called off ("was due for talks with", "was to hold talks with"; talks "scheduled" on the
programme of a visit under way do count), or the leg of a trip told in the timetable's present
("leaves for Jakarta on Tuesday for talks with X")."""
_WISHED = re.compile(
    r"\b(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|intends?|intended|seeks?|sought|"
    r"would\s+like|agreed|agrees?|decided|promised|pledged|offered|proposed)\s+to\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Talks only wished for or agreed on, the wish governing the talks verb itself: "hopes to hold
a fuller meeting with Xi", "agreed to speak by telephone ahead of the summit"; "X, who hopes to
expand trade, met Y" tells talks held."""
_WISH_REACH = 40
"""How far before the cue a wish still governs it: the wish and a few words of the verb."""


def plans_after(text: str, at: int) -> list[tuple[int, int]]:
    """What the sentence says is still to come after the talks, to the end of its clause: "met
    X to prepare an accord the two are due to sign on Tuesday" dates the signing, not the
    talks."""
    plans = [*_FUTURE.finditer(text, at), *_PASSIVE_PLAN.finditer(text, at)]
    return [
        (plan.start(), end.start() if (end := _CLAUSE_END.search(text, plan.end())) else len(text))
        for plan in plans
    ]


_PASSIVE_PLAN = re.compile(r"\bto\s+be\s+(?:[a-z]+ed|held|built|run|set\s+up)\b")
"""An event still to come, told in the passive after the talks: "preparations for the
anniversary of the treaty, to be commemorated next year" dates the anniversary."""


_CLAUSE_END = re.compile(r"[;.]|,\s")


def future_before(text: str, at: int) -> bool:
    """Whether a future word shortly before the talks cue at ``at`` governs it: the last
    one does, unless it stays in words a speaker reports before the talks are told."""
    futures = list(_FUTURE.finditer(text, max(0, at - 120), at))
    return bool(futures) and not reported_before(text, futures[-1], at)


def tells_future(text: str, start: int, end: int) -> bool:
    """Whether a future word stands between ``start`` and ``end``: "During his stay, X will
    call on Y" tells talks to come."""
    return _FUTURE.search(text, start, end) is not None


def wished_before(text: str, at: int) -> bool:
    """Whether a wish or an agreement shortly before the talks cue at ``at`` governs it."""
    return _WISHED.search(text, max(0, at - _WISH_REACH), at) is not None
