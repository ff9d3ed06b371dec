""" "Overnight" as a date: the night that ended on the day the story is filed.

News writes "missiles struck the capital overnight" or "the president arrived overnight" of
the night just before its filing day, and reports it under that day. The word is a date only
where a past verb tells something happened then; "an overnight train", "will stay overnight"
or "stayed overnight in Hue" tell a means or a length of stay, not a day.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.date_tense import wire_weekday_ahead

OVERNIGHT = (
    r"(?P<night>[Oo]vernight)(?=\s*(?:[,.;:)\u2013\u2014]|$)"
    r"|\s+(?:in|on|at|to|for|from|and|but|as|after|before|when|while|with|near|into|over|amid)\s)"
)
"""The adverb, for the date pattern: followed by the end of its clause or a preposition, not
by the noun it would describe ("overnight talks")."""

_STAY = re.compile(r"\b(?:stay|spen[dt]|remain|rest|halt)(?:s|ed|ing)?\b", re.IGNORECASE)
"""Verbs of staying: "overnight" after them is how long, not when."""
_CLAUSE = re.compile(r"[^,;:()\[\]\u2013\u2014.]*$")


def night_just_past(text: str, start: int) -> bool:
    """Whether "overnight" at ``start`` dates what its clause tells: a past verb before it
    and no verb of staying."""
    clause = _CLAUSE.search(text, 0, start)
    told = clause.group() if clause else ""
    return not _STAY.search(told) and wire_weekday_ahead(text, start, False) is False
