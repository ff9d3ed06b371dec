"""Numbers that are not amounts: dates and years ("May 28", "2024"), and number words that
count nothing ("one of", "no one", "one-third").

The amount reader asks these of a bare number, one with no currency, unit or scale word, since
news writes many such numbers that measure nothing.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.calendar_words import MONTH_NAMES

_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+$")
_MONTH_AFTER = re.compile(rf"^(?:\s*[-\u2013\u2014]\s*\d{{1,2}})?\s+(?:of\s+)?(?:{MONTH_NAMES})\b")
_ONE_NOT_A_COUNT_AFTER = re.compile(r"^(?:\s+(?:of|another|by|after|hand|day|way)\b|-on-one|'s)")
_FRACTION_AFTER = re.compile(r"^-(?:thirds?|quarters?|halfs?|halves|fifths?|tenths?)\b", re.I)
_NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:no|the|any|every|each|which|this|that|anyone|someone|no\s+one)\s+$", re.I
)


def is_date_or_year(text: str, match: re.Match[str], num: str) -> bool:
    """True for "2024", "May 28", "28 May", "1-3 October": dates are not amounts."""
    if _YEAR_NUMBER.fullmatch(num):
        return True
    if " " in num or "\u00a0" in num or "\u202f" in num:
        # "on March 15 100 firms": a day and a count, not 15,100
        return bool(
            _MONTH_BEFORE.search(text[max(0, match.start("num") - 12) : match.start("num")])
        )
    if not num[0].isdigit() or "," in num or "." in num or len(num) > 2:
        return False
    before = text[max(0, match.start("num") - 12) : match.start("num")]
    after = text[match.end() : match.end() + 16]
    return bool(_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after))


def is_pronoun(text: str, match: re.Match[str]) -> bool:
    """True when a number word does not count anything ("one of", "no one", "the two")."""
    word = match["num"].lower()
    after = text[match.end() : match.end() + 12]
    before = text[max(0, match.start("num") - 12) : match.start("num")]
    if word == "one" and _ONE_NOT_A_COUNT_AFTER.match(after):
        return True
    if _FRACTION_AFTER.match(after):
        return True  # "one-third", "two-fifths": a share, not a count
    return bool(_NOT_A_COUNT_BEFORE.search(before)) and word == "one"
