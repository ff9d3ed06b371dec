"""Sentences that comment on talks already told: "It was the first call between the two
leaders since ...".

Such a sentence names a talks noun and "the two leaders", so it reads like a report of talks;
but it only ranks the talks the story has just told, and read as a meeting it adds a second
one, often with the wrong pair and the date of whatever follows "since".
"""

from __future__ import annotations

import re

_RESTATES = re.compile(
    r"^\s*(?:It|This|That|These|They|The\s+(?:call|talks|meeting|conversation|visit))\s+"
    r"(?:was|were|is|are|marked)\s+(?:the|their|its)\s+"
    # "the leaders' first conversation", "the two ministers' second meeting"
    r"(?:(?:two\s+)?(?:leaders|presidents|ministers|prime\s+ministers|men|women)['\u2019]\s+)?"
    r"(?:very\s+)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|"
    r"\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def restates_talks(sentence: str) -> bool:
    """Whether the sentence ranks talks told before instead of reporting new ones."""
    return _RESTATES.match(sentence) is not None
