"""Relative day words ("yesterday", "on Tuesday", "last month", "the next day") as dates.

They are resolved only against a day the text fixes: the document date, a stand-in day whose
weekday is known, or the day the story told just before; never against the clock.
"""

from __future__ import annotations

import datetime

from dkg.loaders.document import LEAP_YEAR, PartialDate
from dkg.loaders.steps.date_pattern import WEEKDAYS
from dkg.loaders.steps.numerals import small_count
from dkg.loaders.steps.period_phrases import as_this_period, week_month

_NEAR_SHIFT = {"next": 1, "following": 1, "later": 1, "after": 1, "previous": -1, "earlier": -1}
"""Day offsets of the words that tie a day to the one just narrated ("the next day")."""


def whole_day(day: PartialDate | None) -> datetime.date | None:
    """The calendar day of a date told with its year, month and day, else None."""
    if day is None or day.year is None or day.month is None or day.day is None:
        return None
    return datetime.date(day.year, day.month, day.day)


def near_day(phrase: str, day: PartialDate | None) -> PartialDate | None:
    """The day "the next day", "the day before", "the same evening" or "that day" means after
    ``day``."""
    if day is None or day.month is None or day.day is None:
        return None
    words = phrase.split()
    shift = next((_NEAR_SHIFT[w] for w in words[1:] if w in _NEAR_SHIFT), 0)
    if words[1] in ("day", "days") and words[0] not in ("the", "that"):
        shift *= small_count(words[0])  # "two days later"
    if phrase.startswith("the day"):
        shift = 1 if words[-1] == "after" else -1
    if phrase.startswith("on the eve"):  # of the visit just told
        shift = -1
    return day.shifted(shift)


def day_without_year(
    phrase: str,
    stand_in: datetime.date | None,
    filed: PartialDate | None,
    future: bool,
    nearest: bool = False,
) -> tuple[PartialDate, PartialDate | None] | None:
    """A day word read against a dateline without a year, so without a year itself.

    ``stand_in`` is the dateline's day on the weekday the story names (its year meaningless)
    and reads weekdays too; without it, the day words ("today", "overnight", "yesterday",
    "last night", "tomorrow") are still counted from the ``filed`` day and month, and so are
    "this morning", "this evening" and "tonight", the filing day's own hours. ``nearest``
    reads a bare weekday as the one closest to ``stand_in``, before or after it.
    """
    unit = phrase.rsplit(" ", 1)[-1]
    if unit not in (*WEEKDAYS, *_SHIFTS):
        return None
    base = stand_in
    if base is None and unit not in WEEKDAYS and filed is not None and filed.month and filed.day:
        month, day = filed.month, filed.day
        # A common year unless the dateline is 29 February: "yesterday" of 1 March is the 28th
        # in three years out of four.
        base = datetime.date(LEAP_YEAR if (month, day) == (2, 29) else _COMMON_YEAR, month, day)
    if nearest and base is not None and unit in WEEKDAYS and phrase.split()[0] not in _STEPS:
        near = nearest_weekday(WEEKDAYS.index(unit), base)
        return PartialDate(None, near.month, near.day), None
    resolved = relative(phrase, base, future)
    if resolved is None:
        return None
    found = resolved[0]
    return PartialDate(None, found.month, found.day), None


def nearest_weekday(weekday: int, day: datetime.date) -> datetime.date:
    """The ``weekday`` closest to ``day``: a story that told "on Tuesday, February 7" and then
    "who arrived on Monday" means the day before, and "the visit ends on Wednesday" the day
    after, as news moves a few days around the day it names.

    >>> nearest_weekday(0, datetime.date(2023, 2, 7))  # Monday, next to Tuesday 7 February
    datetime.date(2023, 2, 6)
    >>> nearest_weekday(3, datetime.date(2023, 2, 7))  # Thursday
    datetime.date(2023, 2, 9)
    >>> nearest_weekday(5, datetime.date(2023, 2, 7))  # Saturday: three days back, not four on
    datetime.date(2023, 2, 4)
    """
    ahead = (weekday - day.weekday()) % 7
    return day + datetime.timedelta(days=ahead if ahead <= 3 else ahead - 7)


_COMMON_YEAR = LEAP_YEAR + 1

_STEPS = ("last", "next", "this")
"""Words that fix which way a weekday lies ("last Monday"), so it is no nearest one."""

_SHIFTS = {
    "today": 0,
    "tonight": 0,
    "overnight": 0,
    "morning": 0,
    "afternoon": 0,
    "evening": 0,
    "yesterday": -1,
    "night": -1,
    "tomorrow": 1,
}
"""Day words and their distance from the dateline: "this morning" is the day filed, and so is
"overnight", the night that ended on it; "last night" is the evening of the day before."""


def relative(
    phrase: str, today: datetime.date | None, future: bool
) -> tuple[PartialDate, PartialDate | None] | None:
    """The day, month or year a relative phrase names from ``today``, or None without one."""
    if today is None:
        return None
    phrase = as_this_period(phrase)  # "later in the year": this year
    if phrase.endswith(" ago"):
        ago = _ago(phrase, today)
        return (ago, None) if ago is not None else None
    unit = phrase.rsplit(" ", 1)[-1]
    step = -1 if phrase.startswith(("last", "the previous")) else 1
    if unit in _SHIFTS:
        # "last evening" is the day before, as "last night" is; "this evening" the day filed
        shift = -1 if phrase == "last evening" else _SHIFTS[unit]
        return PartialDate.of(today + datetime.timedelta(days=shift)), None
    if unit == "year":
        return PartialDate(today.year + step * (not phrase.startswith("this"))), None
    if unit == "month":
        offset = today.month - 1 + step * (not phrase.startswith("this"))
        return PartialDate(today.year + offset // 12, offset % 12 + 1), None
    if unit == "week":
        month = week_month(step * (not phrase.startswith("this")), today)  # "next week"
        return (month, None) if month is not None else None
    weekday = WEEKDAYS.index(unit)
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if phrase.startswith("last"):
        delta = -(back or 7)
    elif phrase.startswith("next"):
        delta = ahead or 7
    else:
        # "on Tuesday" in news is the latest Tuesday up to the dateline, unless said of the future.
        delta = ahead if future else -back
    return PartialDate.of(today + datetime.timedelta(days=delta)), None


def _ago(phrase: str, today: datetime.date) -> PartialDate | None:
    """The day "three days ago" names, the month of "two weeks ago" (when that week lies in
    one month, as for "last week") or of "three months ago", the year of "two years ago": no
    more precise than the phrase, since "three months ago" is no day."""
    count_word, unit = phrase.split()[:2]
    count = 1 if count_word == "an" else small_count(count_word)
    if unit.startswith("day"):
        return PartialDate.of(today - datetime.timedelta(days=count))
    if unit.startswith("week"):
        return week_month(-count, today)
    if unit.startswith("month"):
        offset = today.month - 1 - count
        return PartialDate(today.year + offset // 12, offset % 12 + 1)
    return PartialDate(today.year - count)
