"""Dates written in figures alone, "27/11/2023" or "11/27/2023": which figure is the month.

Europe, Asia and Latin America write the day first, the United States the month first, and an
outlet's stamp does not say which it follows. A figure above 12 can only be the day; when both
could be the month, the story's own words decide: a story stamped "01/11/2023" that speaks of
"November" was written day first. When they do not decide, the stamp dates nothing, since a
wrong month would move every "on Monday" of the story by weeks.
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.read import month_number

_MONTH_NAME = re.compile(rf"\b(?:{MONTH_NAMES})\b", re.IGNORECASE)
_MONTHS = 12


def numeric_day(first: int, second: int, year: int, story: str) -> datetime.date | None:
    """The day of a date written ``first/second/year``, with the month the one figure that
    can be a month, else the one the story names; None when that leaves a doubt."""
    readings = [(first, second)] if first == second else [(first, second), (second, first)]
    possible = [(day, month) for day, month in readings if 1 <= month <= _MONTHS]
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
