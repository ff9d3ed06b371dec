"""Topic places: a country or city named as what talks were about, not where anyone was.

Summit talks are reported with their subjects: "discussed the situation in Gaza", "talks on the
war in Sudan". The place after such a noun is neither the talks' venue nor a visit's
destination, however close it stands to a visit or talks cue.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_TOPIC = Prefiltered(
    r"\b(?:situation|war|conflict|crisis|fighting|violence|cease-?fire|peace|tensions?|"
    r"hostilities|elections?|developments|unrest|hostages)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def names_a_topic(text: str, start: int) -> bool:
    """Whether the place at ``start`` of ``text`` follows a topic noun ("the war in").

    >>> names_a_topic("They discussed the war in Gaza.", 26)
    True
    >>> names_a_topic("They met in Gaza.", 12)
    False
    """
    return _TOPIC.search(text, max(0, start - 40), start) is not None
