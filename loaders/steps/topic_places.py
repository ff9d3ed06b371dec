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
    r"hostilities|elections?|developments|unrest|hostages|violations)\s+in\s+(?:the\s+)?"
    r"(?:occupied\s+)?$",
    re.IGNORECASE,
)
_TOPIC_REACH = 40
_TOPIC_CLAUSE = Prefiltered(
    r"(?:\b(?:situation|war|conflict|crisis|fighting|violence|tensions|hostilities|developments|"
    r"violations|attacks)\b[^.;:]{0,100}?\b(?:especially|particularly|notably|mainly|including)"
    r"|\bfollow-?up\s+(?:of|on)\b[^.;:]{0,100}?"
    r"|\b(?:including|such\s+as|notably|especially)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:projects?|station|plant|factory|refinery|railway|dam|port|facility|works)\s+"
    r"(?:that|which)\s+[^,.;:]{0,60}?\b(?:building|constructing|developing|implementing|"
    r"executing|financing|operating|built|constructed|developed|implemented|financed))"
    r"\s+in\s+(?:the\s+)?(?:occupied\s+)?$",
    re.IGNORECASE,
)
"""A place further into the topic of talks: one the topic singles out ("the violations,
especially in occupied Jerusalem"), one in what is followed up ("the follow-up of electricity
projects in Aleppo"), and where a project the topic lists is built ("projects, including the
plant that X is building in Homs"). A site someone visits ("toured the plant that X built in
Pune") is no topic: a project counts only in a list of the topic's items."""
_CLAUSE_REACH = 160


def names_a_topic(text: str, start: int) -> bool:
    """Whether the place at ``start`` of ``text`` follows a topic noun ("the war in"), or
    stands further into the topic's clause ("the violations, especially in").

    >>> names_a_topic("They discussed the war in Gaza.", 26)
    True
    >>> names_a_topic("They met in Gaza.", 12)
    False
    """
    return (
        _TOPIC.search(text, max(0, start - _TOPIC_REACH), start) is not None
        or _TOPIC_CLAUSE.search(text, max(0, start - _CLAUSE_REACH), start) is not None
    )
