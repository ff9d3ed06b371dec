"""A date the text gives as the visit's first day: "a four-day visit, which began on 31 May".

A day counted within a visit ("on Thursday, the second day of her visit") puts the visit's
start that many days earlier. When the date nearest the visit is instead said to be its
beginning, it already is the first day, and counting back from it would move the visit a day
too early.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_BEGAN = Prefiltered(
    r"\b(?:began|begun|begins|started|starts|opened|commenced|commences|beginning|starting|"
    r"commencing|that\s+runs\s+from|running\s+from)\s+(?:on\s+|from\s+)?(?:the\s+)?$"
    r"|\b(?:has|have|had)\s+been\s+(?:in|visiting|staying\s+in|touring)\s+[^,.;]{1,40}?\s+since\s+$"
    # a visit under way, told with its first day: "who is effecting a state visit to Ghana
    # of two days since Saturday", "has been on a visit to Peru since Monday"; not "on his
    # first visit to Peru since 2018", an earlier one
    r"|\b(?:(?:is|are)\s+(?:[a-z]+ing\s+|on\s+)|(?:has|have|had)\s+been\s+(?:on\s+)?)"
    r"(?:an?\s+|his\s+|her\s+|their\s+)?(?:(?!(?:first|maiden|only)\b)[\w-]+\s+){0,2}?"
    r"(?:visit|trip|tour|stay)\b[^,.;]{0,50}?\s+since\s+(?:the\s+(?:past|last)\s+)?$"
    # the visit named first, as translations write it: "the State Visit which the Head of
    # State is realising in China since the past 14 of June"
    r"|\b(?:visit|trip|tour|stay)\s+(?:which|that)\s+[^,.;]{0,40}?\b(?:is|are)\s+[a-z]+ing\s+"
    r"[^,.;]{0,40}?\bsince\s+(?:the\s+(?:past|last)\s+)?$",
    re.IGNORECASE,
)
"""A beginning verb, or a stay told from its first day: "who has been in Dhaka since", "who
is paying a state visit to Ghana since", "which she is making in Chile since the past"."""


def told_as_start(text: str, date_start: int) -> bool:
    """Whether the date at ``date_start`` of the sentence ``text`` is told as the day
    something began ("which began on the 31st of May", "starting on 4 June", "has been in
    Lima since Monday")."""
    return _BEGAN.search(text, max(0, date_start - 70), date_start) is not None
