"""Commemorated dates: the day relations or a body were established, which a story recalls.

"During a visit marking 50 years of relations established on 12 May 1976" or "the first visit
since 1966, when relations were established" name the day something was founded, years before
the story: read as a day of the story, it dates today's visit and talks in 1976.
"""

from __future__ import annotations

import re

from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

_FOUNDED = r"(?:established|founded|set\s+up|instituted|forged)"
_EVENT = r"\b(?:visit|trip|tour|summit|talks|meeting)"
_FOUNDED_ON = SkipAheadPattern(
    rf"\b{_FOUNDED}\b(?:(?!{_EVENT})[^.;:]){{0,60}}?\b(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE
)
"""A founding verb, then its object maybe, just before the date: "relations established on",
"set up the commission in"; not a founding at an event, whose date the event's is ("the
partnership established during X's visit to Hanoi in September 2016")."""
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WHEN_FOUNDED = re.compile(rf",?\s+when\b[^.;:]{{0,60}}?\b{_FOUNDED}\b", re.IGNORECASE)
""""since 1966, when ties were established": the date of a founding told after it."""


def commemorated(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the day something was founded ("relations
    established on 1 March 1972", "since 1966, when ties were set up")."""
    if _FOUNDED_ON.search(text, max(0, start - 80), start):
        return True
    return bool(_SINCE.search(text, max(0, start - 8), start)) and bool(
        _WHEN_FOUNDED.match(text, end)
    )
