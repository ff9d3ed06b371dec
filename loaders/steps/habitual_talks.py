"""Talks told as a habit: "the two leaders have spoken by phone on several occasions".

Background paragraphs sum up a relationship ("have met many times", "regularly speak by
phone", "spoke repeatedly over the past year"). They name the people and a talks cue, so they
read like a report of one meeting, but they tell no single talks with a day a reader could
annotate: the gold counts none, and read as one they took the day of the document.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_HABIT = Prefiltered(
    r"\b(?:on\s+(?:several|many|numerous|multiple|various|a\s+number\s+of)\s+occasions|"
    r"(?:several|many|numerous|multiple|countless|a\s+number\s+of|dozens\s+of)\s+times|"
    r"repeatedly|regularly|frequently|often|more\s+than\s+once)\b",
    re.IGNORECASE,
)
_BEFORE = 30
"""How far before the cue a habit word still qualifies it: "regularly hold talks"."""
_AFTER = 60
"""How far after it: "have spoken by phone on several occasions"."""


def told_as_habit(text: str, cue: re.Match[str]) -> bool:
    """Whether the talks cue is qualified, within its clause, as happening again and again."""
    start = max(0, cue.start() - _BEFORE)
    before = text[start : cue.start()]
    after = text[cue.end() : cue.end() + _AFTER]
    # The clause around the cue: a comma or semicolon ends the qualification.
    before = re.split(r"[,;]", before)[-1]
    after = re.split(r"[,;]", after)[0]
    return _HABIT.search(before) is not None or _HABIT.search(after) is not None
