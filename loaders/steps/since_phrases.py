"""The "since ..." phrase of a sentence: its date is an earlier event's, not the sentence's.

"X, on his first trip to Greece since a state visit in May 2017, held talks with Y" tells talks
held now; May 2017 is when the trip it is compared with took place. Read as the talks' day,
that date moves today's meeting years back.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME

_SINCE = Prefiltered(
    rf"\bsince\s+(?:(?!\s+on\s+{WEEKDAY_NAME}\b)"
    r"[^,;.]){1,80}",
    re.IGNORECASE,
)
""""since" up to the end of its clause (a comma, a semicolon or the sentence's end), or up to a
weekday, which dates the sentence's own event: in "the first dialogue since 2015 at the State
Department on Monday" Monday is when the talks were held."""


def since_phrases(text: str) -> list[tuple[int, int]]:
    """The spans of the sentence's "since ..." phrases, as offsets into ``text``."""
    return [match.span() for match in _SINCE.finditer(text)]
