"""Talks named as a noun whose predicate calls them off: "The planned meeting between X and Y
was cancelled", "Talks between X and Y, set for Monday, were postponed".

Such a sentence names both sides and a talks noun, as a report of talks held does; only its
verb tells that the talks did not take place (a postponed trip is the visits' status, but a
meeting has none: talks that did not happen are no meeting).
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_CALLED_OFF = Prefiltered(
    # the talks' own clause, with at most one aside between commas ("X and Y, set for May,")
    r"[^,;:.]{0,120}?(?:,[^,;:.]{0,60},[^,;:.]{0,20}?)?"
    r"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:cancell?ed|called\s+off|postponed|put\s+off|scrapped|shelved|deferred)\b",
    re.IGNORECASE,
)


def called_off(text: str, cue: re.Match[str]) -> bool:
    """Whether the clause of the talks noun ``cue`` says they were called off or put off."""
    return _CALLED_OFF.match(text, cue.end()) is not None
