"""Dates written in figures alone, "27/11/2023", "11/27/2023" or "07-03-2023": which figure is
the month.

Europe, Asia and Latin America write the day first, the United States the month first, and an
outlet's stamp does not say which it follows. The order is taken only when it is certain, since
a wrong month would move every "on Monday" of the story by weeks:

- a figure above 12 can only be the day;
- when both could be the month, the story's own dateline decides when it gives a day and
  month of its own ("Tokyo, March 7 /Agency/ -" under a stamp "07-03-2023"): it is the day the
  story was filed, which the page's stamp states in figures, so exactly one reading agrees
  with it;
- else the story's words decide: a story stamped "01/11/2023" that speaks of "November" and
  not of January was written day first.

When none of these decides, the date dates nothing.
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.read import month_number

_MONTH_NAME = re.compile(rf"\b(?:{MONTH_NAMES})\b", re.IGNORECASE)
_MONTHS = 12
_DATELINE_DAY = re.compile(
    r"^[ \t]*[A-Z][^\W\d_]*(?:[ '\u2019.-]{1,2}[A-Z][^\W\d_]*){0,3},[ \t]+"
    rf"(?i:(?P<m1>{MONTH_NAMES})\.?[ \t]+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})[ \t]+"
    rf"(?P<m2>{MONTH_NAMES}))(?!\d)",
    re.MULTILINE,
)
"""A dateline's place and its day and month at the start of a line: "Tokyo, March 7",
"NAIROBI, 8 JUNE"."""
_DATELINE_LINES = 800
"""How far into the story its dateline may stand: below a headline, a byline and a stamp."""


def numeric_day(first: int, second: int, year: int, story: str) -> datetime.date | None:
    """The day of a date written ``first/second/year``, with the month the one figure that
    can be a month, else the one the story's dateline or its month names agree with; None
    when that leaves a doubt."""
    readings = [(first, second)] if first == second else [(first, second), (second, first)]
    possible = [(day, month) for day, month in readings if 1 <= month <= _MONTHS]
    if len(possible) > 1:
        filed = dateline_day_and_month(story)
        if filed in possible:
            possible = [filed]
    if len(possible) > 1:
        # Capitalised only: the verbs "may" and "march" name no month.
        named = {
            month_number(m.group()) for m in _MONTH_NAME.finditer(story) if m.group()[0].isupper()
        }
        possible = [(day, month) for day, month in possible if month in named]
    if len(possible) != 1:
        return None
    day, month = possible[0]
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def dateline_day_and_month(story: str) -> tuple[int, int] | None:
    """The day and month of the dateline that opens one of the story's first lines, or None.

    >>> dateline_day_and_month("Ministers meet\\nTokyo, March 7 /Agency/ - The two ...")
    (7, 3)
    """
    match = _DATELINE_DAY.search(story, 0, _DATELINE_LINES)
    if match is None:
        return None
    return int(match["d1"] or match["d2"]), month_number(match["m1"] or match["m2"])
