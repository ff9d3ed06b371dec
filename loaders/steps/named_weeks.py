"""A weekday told within a week the sentence names first: "Last week she held talks with A in
Warsaw on Monday, and with B in Prague on Thursday".

"On Monday" alone is the latest Monday up to the story's date, which here would be this week's;
the week named before it moves it into that week, and the week itself, made precise by the
weekday, is no date of its own (else talks get only the month of "last week").
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.document import PartialDate
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.date_pattern import WEEKDAYS

_WEEK = Prefiltered(r"\b(?:(?P<last>last|the previous)|next|the coming)\s+week\b", re.IGNORECASE)
_WEEKDAY = "|".join(WEEKDAYS)
_DAY_IN_WEEK = re.compile(rf"(?:on\s+)?(?P<day>{_WEEKDAY})", re.IGNORECASE)
_DAY_AFTER = re.compile(rf"\bon\s+(?:{_WEEKDAY})\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas)\b", re.IGNORECASE)
"""Where the week stops being the one named: "Last week he visited Rome; he returns on
Monday" returns on the coming Monday. The conjuncts of "with A on Monday, and with B on
Thursday" stay in the named week."""


def _clause_end(text: str, start: int) -> int:
    """The end of the clause that goes on at ``start``."""
    found = _CLAUSE_BREAK.search(text, start)
    return found.start() if found is not None else len(text)


def refined_week(text: str, match: re.Match[str]) -> bool:
    """Whether the date ``match`` is "last week" or "next week" with a weekday after it in the
    sentence ("Last week he met A on Monday"), which says the day."""
    rel = match["rel"]
    return (
        rel is not None
        and _WEEK.fullmatch(rel) is not None
        and _DAY_AFTER.search(text, match.end(), _clause_end(text, match.end())) is not None
    )


def day_in_named_week(
    text: str, match: re.Match[str], today: datetime.date | None
) -> PartialDate | None:
    """The day of a weekday ``match`` in the week named before it in ``text``, or None when
    the sentence names no week before it or the story has no date."""
    rel = match["rel"]
    day = _DAY_IN_WEEK.fullmatch(rel) if rel is not None else None
    if today is None or day is None:
        return None
    weeks = [
        w
        for w in _WEEK.finditer(text, 0, match.start())
        if _clause_end(text, w.end()) > match.start()
    ]
    if not weeks:
        return None
    shift = -1 if weeks[-1]["last"] else 1
    monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(weeks=shift)
    return PartialDate.of(monday + datetime.timedelta(days=WEEKDAYS.index(day["day"].lower())))
