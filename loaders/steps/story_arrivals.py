"""Arrivals told without a destination in a story filed from the place of the visit.

A report filed from the host's capital tells the guest's arrival as its readers there see it:
"Modi arrived on Sunday evening", "Lula flew in on Monday night", "landed at the air base on
Tuesday afternoon". Where the guest arrived goes unsaid because it is where the story comes
from, its dateline ("PORT MORESBY, 22 May 2023 -"). visits.py asks this module whether an
arrival cue is such an arrival, after every other way to find the host has failed.
"""

from __future__ import annotations

import re

_ARRIVED = re.compile(
    r"(?:arrived|landed|touched\s+down|flew\s+in)$",
    re.IGNORECASE,
)
"""Arrivals that happened: what is only planned ("arrives on Monday") may be elsewhere."""
_NAMED_DESTINATION = re.compile(r"\s+(?:in|to|into)\s+(?:the\s+)?[A-Z]")
"""A destination the gazetteer did not know ("arrived in Waigani"): no dateline replaces it."""


def arrives_unplaced(text: str, cue: re.Match[str], host_told: bool = False) -> bool:
    """Whether the cue tells an arrival that happened, with no destination after it
    ("arrived on Sunday evening", "landed at the air base on Tuesday"): the guest arrived
    where the story is filed from.

    ``host_told`` says a host was found from a person the sentence names: that person is the
    host unless a clause of its own follows the arrival ("X flew in on Monday, and the Indian
    prime minister landed on Tuesday" names another guest, not X's host)."""
    if _ARRIVED.search(cue.group()) is None or _NAMED_DESTINATION.match(text, cue.end()):
        return False
    return not host_told or _NEXT_CLAUSE.search(text, cue.end()) is not None


_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and|while|but|whereas)\s+(?:the\s+)?[A-Z]?[a-z]*\s*[A-Z]")
"""A clause with a subject of its own: ", and the Indian prime minister", ", while Modi"."""
