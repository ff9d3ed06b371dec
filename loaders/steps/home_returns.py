"""The way home: "returned home to Port Said in the evening, concluding the visit".

A report often closes a trip with the guest's return, and names the home city or country
there. That place is where the visitor lives, never the host of a visit: read as a
destination, it made the visitor a guest in their own country on the day they came back.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.context import SentenceView

_HOME_TO = re.compile(
    r"\b(?:return(?:ed|s|ing)?|(?:flew|flies|flying|flown|headed|heads|heading|went|goes)"
    r"(?:\s+back)?|(?:arrived|arrives|came|comes|was|were|is|are)\s+back)\s+home\s+"
    r"(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Right before the home place: "returned home to", "flew (back) home to", "was back home in";
not "returned to" alone, a trip back to a country visited before (visits.py)."""
_REACH = 40


def returns_home_to(view: SentenceView, host: str) -> bool:
    """Whether the sentence names ``host`` (its name or one of its places) as the place a
    traveller returned home to."""
    if "home" not in view.text:
        return False
    starts = [view.local(c.span)[0] for c in view.countries if c.iso2 == host]
    starts += [view.local(p.span)[0] for p in view.places if p.country == host]
    return any(
        _HOME_TO.search(view.text, max(0, start - _REACH), start) is not None for start in starts
    )


_BACK_IN = re.compile(
    r"\b(?:is|are|was|were|arrived|arrives|came|comes|got|gets)\s+back\s+(?:home\s+)?"
    r"(?:in|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Right before the place someone is back in: "is back in Suva", "was back home in"."""
_AFTER_TRIP = re.compile(
    r"[^,.;]{0,40}?\s+(?:after|following|from)\s+(?:an?|his|her|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|journey)\b",
    re.IGNORECASE,
)
"""The trip one is back from, told after the place: "... after a working visit to Korea"."""


def back_from_a_trip(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``-``end`` is the home a traveller is back in after a trip:
    "Foreign Minister X is back in Suva after a working visit to Korea, where he held talks
    with Y" places the talks in Korea, and no one visited Suva."""
    return (
        "back" in text[max(0, start - _REACH) : start]
        and _BACK_IN.search(text, max(0, start - _REACH), start) is not None
        and _AFTER_TRIP.match(text, end) is not None
    )
