"""Parts of the current year or month named without a date ("later in the year", "at the end
of the month", "earlier in the month") and weeks ("next week").

News places plans and recent events in the year or month it is written in without naming
them. Like "this year" and "this month", such a phrase is resolved only against a known
document date (relative_dates.py), to the year or month alone: which part of it is meant is
no date the graph can hold.
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.document import PartialDate

PERIOD_OF_THE = (
    r"(?:earlier|later) in the (?:year|month)"
    r"|(?:at|by|towards?|until) the (?:end|start|beginning|middle) of the (?:year|month)"
)
"""A part of the year or month the text is written in; matched case-blind in date_pattern.py."""
_PERIOD = re.compile(PERIOD_OF_THE)


def as_this_period(phrase: str) -> str:
    """ "this year" or "this month" for a part of either (``phrase`` folded to lower case),
    else the phrase itself."""
    if _PERIOD.fullmatch(phrase):
        return f"this {phrase.rsplit(' ', 1)[-1]}"
    return phrase


def week_month(step: int, today: datetime.date) -> PartialDate | None:
    """The month of the week ``step`` weeks from the one holding ``today`` ("next week" is 1,
    "last week" -1), when the whole week, Monday to Sunday, lies in that month: news gives no
    day, and a week across two months names neither."""
    monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(weeks=step)
    sunday = monday + datetime.timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    return PartialDate(monday.year, monday.month)
