"""Days a sentence tells only as background, which "the same day" does not go back to.

A story steps out of its narrative to say how the guest got there: "Ruiz, who arrived in
Quito on Sunday evening, also met the vice-president later in the day", "The delegation had
arrived in Lima on the evening of 3 May." The day of such a clause is the day of the arrival,
but "later in the day" and "on the afternoon of the same day" after it go on with the day the
narrative is on (the talks told before: "agreed Monday", "In the morning of 4 May ... held
talks"), not with the arrival's. Counting days ("the next day", "two days later") still starts
from the day just told, the arrival's too: "who had arrived on Sunday, met him the next day".

Two clauses are read as background: a relative clause set off by a comma (", who arrived
... on Sunday"), and a clause in the past perfect ("had arrived", "had been"), which English
uses for what happened before the time the narrative is at. "had talks" is the simple past of
"have", so only a past participle after "had" counts.
"""

from __future__ import annotations

import re

_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")
"""The marks a clause starts after."""
_RELATIVE = re.compile(r"\s*(?:who|which)\b")
"""The pronoun that opens a relative clause after its comma: ", who arrived on Sunday"."""
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:(?:already|earlier|just|previously|also|first|only|initially)\s+)?"
    r"(?:been|[a-z]{2,}ed|met|held|flown|gone|come|left|made|paid|begun|spoken|seen|taken|"
    r"given|sent|driven|ridden|stopped\s+over)\b",
    re.IGNORECASE,
)
"""A verb in the past perfect: "had arrived", "had already flown", "had been"."""

SAME_DAY_PHRASES = (
    "the same ",
    "that same ",
    "later in the day",
    "earlier in the day",
    "later that day",
    "earlier that day",
)
"""The beginnings of the near-day phrases that mean the day the story is on, at another hour;
"that evening" or "that day" alone point back to the day just told, whatever its clause."""


def in_background(text: str, start: int) -> bool:
    """Whether the date at ``start`` of a sentence ``text`` is told in a relative clause set
    off by a comma or in a clause in the past perfect.

    >>> in_background("Ruiz, who arrived on Sunday evening, met Gil.", 24)
    True
    >>> in_background("The delegation had arrived on 3 May.", 27)
    True
    >>> in_background("The two ministers had talks on 3 May.", 30)
    False
    """
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    opening = breaks[-1] if breaks else 0
    if opening and text[opening - 1] == "," and _RELATIVE.match(text, opening):
        return True
    return _PAST_PERFECT.search(text, opening, start) is not None


def means_same_day(phrase: str) -> bool:
    """Whether a near-day phrase (lower case) names the day the story is on.

    >>> means_same_day("the same evening"), means_same_day("the next day")
    (True, False)
    """
    return phrase.startswith(SAME_DAY_PHRASES)
