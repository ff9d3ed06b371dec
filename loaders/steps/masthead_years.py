"""A masthead that prints the day in one part and the year in another: "THE HARBOUR TIMES |
Reiwa 5 (2023) | Friday, 10 March".

Papers in countries with a calendar era of their own print the era's year with the Gregorian
one in brackets, apart from the weekday and day. Read together they are the story's date;
the printed weekday must fall on that day, so a part that only looks like a year (an issue
number) dates nothing.
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.read import month_number

_YEAR_PART = re.compile(
    r"\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*\s+\d{1,4}\s*\()?"
    r"(?P<y>(?:19|20)\d{2})\)?\s*"
)
"""A part that is only a year, maybe in brackets after an era's year ("Juche 112 (2023)")."""
DAY_PART = re.compile(
    r"\s*(?:(?P<w>mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_NAMES}))\.?\s*",
    re.IGNORECASE,
)
"""A part that is a day and month without a year, maybe after its weekday."""
WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def masthead_day(parts: list[str]) -> datetime.date | None:
    """The day one masthead part gives in the year another part gives, when its printed
    weekday (if any) falls on that day; None unless exactly one part of each kind is there."""
    years = [m for m in map(_YEAR_PART.fullmatch, parts) if m is not None]
    days = [m for m in map(DAY_PART.fullmatch, parts) if m is not None]
    if len(years) != 1 or len(days) != 1:
        return None
    day = days[0]
    try:
        found = datetime.date(
            int(years[0]["y"]),
            month_number(day["m1"] or day["m2"]),
            int(day["d1"] or day["d2"]),
        )
    except ValueError:
        return None
    if day["w"] and WEEKDAY_STEMS.index(day["w"].casefold()) != found.weekday():
        return None
    return found
