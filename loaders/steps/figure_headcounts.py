"""Head counts of an event, which are not figures of a relationship.

A count of firms or people is a figure when it measures the relationship ("some 600 Spanish
companies operate in Colombia", "30,000 students"). The same nouns also count who came to an
event ("the forum drew more than 300 companies", "500 businesspeople took part") and who was
hurt in one ("the earthquake killed nearly 100 people"): news of the day, not of the ties
between countries. Flows of people ("attracted 70,000 tourists") stay figures: tourism and
study are what relations are measured in.
"""

from __future__ import annotations

import re

from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

_I = re.IGNORECASE
_CASUALTY_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|claim(?:ed|ing|s)?\s+the\s+lives\s+of|injur(?:ed|ing|es)|"
    r"wound(?:ed|ing|s)?|left|leaving|evacuat(?:ed|ing|es)|displac(?:ed|ing|es)|"
    r"death\s+toll\s+(?:of|rose\s+to|reached|at)|toll\s+(?:rose\s+to|reached|of))\s+"
    r"(?:(?:at\s+least|nearly|almost|about|around|some|over|more\s+than|up\s+to|roughly)\s+)?$",
    _I,
)
"""A verb of harm right before the count: "killed nearly 100", "claimed the lives of 40"."""
_CASUALTY_AFTER = re.compile(
    r"^[^,.;]{0,40}?\b(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:killed|dead|died|"
    r"injured|wounded|perished|lost\s+their\s+lives|missing|displaced|evacuated)\b",
    _I,
)
"""Harm told after what is counted: "100 people were killed", "40 workers died"."""
_LEFT_DEAD = re.compile(r"^\s+(?:dead|injured|wounded|homeless)\b", _I)
"""After "left": "left 30 people dead", not "left 30 companies" of a sale."""
_ATTENDANCE_BEFORE = SkipAheadPattern(
    r"\b(?:dr[ae]w|draws|drawing|brought\s+together|brings\s+together|bringing\s+together|"
    r"gathered|gathers|gathering|featured|features|featuring|attended\s+by|"
    r"(?:with\s+)?(?:the\s+)?participation\s+of|participants\s+from|joined\s+by|"
    r"attracted|attracts|attracting|accompanied\s+by|"
    r"delegation,?\s+(?:(?:made\s+up|composed|consisting)\s+)?of|"
    r"delegation\s+(?:comprising|numbering)|"
    r"delegation,?\s+(?:(?:that|which)\s+)?(?:also\s+)?(?:includ(?:ed|es|ing)|compris(?:ed|es)|"
    r"counted|brought))\s+"
    r"(?:(?:representatives|executives|heads|leaders|delegates|members)\s+(?:of|from)\s+)?"
    r"(?:(?:at\s+least|nearly|almost|about|around|some|over|more\s+than|up\s+to|roughly)\s+)?$",
    _I,
)
"""A verb of attendance right before the count: "the fair drew more than 300 companies", or
the members of a delegation: "a delegation of 40 officials", "the business delegation, of
more than 60 companies,", "the delegation included representatives of 25 firms" (the gold
counts neither); also when the count is of the bodies those who came stand for: "attended by
representatives of about 40 companies", "brought together heads of 25 firms"."""
_ATTENDANCE_AFTER = re.compile(
    r"^(?:\s+from\s+[^,.;]{1,40}?)?\s+(?:(?:have|had|will|are|were|is)\s+)?(?:(?:took|take|"
    r"taking|takes)\s+part|participated|participating|participate|attended|attending|attend|"
    r"gathered|exhibited|exhibiting|showcased|registered\s+for|joined\s+the|"
    r"travell?(?:ing|ed)\s+(?:with|alongside)|accompan(?:ying|ied|ies|y))\b|"
    r"^(?:\s+from\s+[^,.;]{1,40}?)?\s+(?:(?:are|were|is|was|will\s+be)\s+)?(?:also\s+)?"
    r"(?:part\s+of|members\s+of|among|in|on|made\s+up|make\s+up|formed|form)\s+"
    r"(?:the|a|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,2}?delegation\b",
    _I,
)
"""Attendance told after what is counted: "300 companies from 20 countries took part", or the
members of a delegation: "among 40 companies travelling with the president", "more than 30
firms were part of the delegation", "25 companies made up the business delegation"."""
_IN_EXCHANGES = re.compile(
    r"^(?:\s+from\s+[^,.;]{1,40}?)?\s+(?:(?:have|had|will|are|were|is)\s+)?(?:(?:took|take|"
    r"taking|takes)\s+part|participated|participating|participate)\s+in\s+(?:(?:the|its|their|"
    r"our)\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:exchanges|(?:exchange|mobility|scholarship|study|"
    r"training|volunteer)\s+(?:programmes?|programs?|schemes?))\b",
    _I,
)
"""Taking part in exchange or study programmes is no event's attendance but the flow of people
between two countries, as study is: "more than 1,200 young people from the region took part in
exchange programmes last year"; taking part in "the forum" stays a head count."""
_FLOWS = re.compile(r"\b(?:tourists|visitors|travell?ers|passengers|students)\b", _I)


def is_head_count(before: str, counted: str, after: str) -> bool:
    """Whether a count ("nearly 100 people") counts who came to or was hurt in an event.

    ``before`` is the sentence up to the count, ``counted`` the count with its noun and
    ``after`` the rest of the sentence."""
    left = before.rstrip().endswith(("left", "leaving"))
    if _CASUALTY_BEFORE.search(before[-60:]) and (not left or _LEFT_DEAD.match(after)):
        return True
    if _CASUALTY_AFTER.match(after):
        return True
    if _FLOWS.search(counted) or _IN_EXCHANGES.match(after):
        return False
    return bool(_ATTENDANCE_BEFORE.search(before[-60:]) or _ATTENDANCE_AFTER.match(after))
