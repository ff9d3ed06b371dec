"""Days told by their number alone: "on Monday (30)", "this Wednesday (20)", "on Tuesday the
14th", "on the 3rd".

Brazilian and Portuguese news give the day of the month in brackets after its weekday; English
news writes "the 14th". Either names a day of a month the text does not repeat: the month of
the day the story is told from (the document date, else its dateline or the last day it told),
or the month next to it when the day lies across a month's end, as the tense and the weekday
tell.
"""

from __future__ import annotations

import datetime

from dkg.loaders.document import LEAP_YEAR, PartialDate
from dkg.loaders.steps.date_pattern import WEEKDAYS, day_number


def numbered_day(
    number: str,
    weekday: str | None,
    today: datetime.date | None,
    told: PartialDate | None,
    future: bool,
) -> tuple[PartialDate, None] | None:
    """The day ``number`` ("30", "14th") of the month the story is in, on ``weekday`` if named.

    ``today`` is the document date. Without it the day keeps no year and is read against
    ``told``, the dateline's or the last told day and month; the weekday cannot be checked
    then, and the number alone says which day it is. ``future`` picks the day after the base
    rather than before when both months would do.
    """
    day = day_number(number)
    if today is not None:
        named = WEEKDAYS.index(weekday.casefold()) if weekday else None
        found = _nearest(day, named, today, future)
        return (PartialDate.of(found), None) if found is not None else None
    if told is None or told.month is None or told.day is None:
        return None
    found = _nearest(day, None, datetime.date(LEAP_YEAR, told.month, told.day), future)
    return (PartialDate(None, found.month, found.day), None) if found is not None else None


def day_in_told_range(
    number: str, ranges: list[tuple[PartialDate, PartialDate]]
) -> tuple[PartialDate, None] | None:
    """Day ``number`` ("4th") of the latest day or range the story told that holds it: "She
    flew to Hanoi on 4 and 5 March. On the 4th ..." is 4 March whatever month the story was
    filed in; a number no told range holds (None) is left to the filing month. A range is
    told within one month ("4 and 5 March", "9 to 14 June"): the date pattern reads no other.

    >>> march = (PartialDate(2024, 3, 4), PartialDate(2024, 3, 5))
    >>> day_in_told_range("4th", [march])
    (PartialDate(year=2024, month=3, day=4), None)
    >>> day_in_told_range("9th", [march]) is None
    True
    """
    day = day_number(number)
    for start, end in reversed(ranges):
        if start.month is None or end.month is None or start.day is None or end.day is None:
            continue
        if start.month == end.month and start.day <= day <= end.day:
            return PartialDate(start.year, start.month, day), None
    return None


def _nearest(
    day: int, weekday: int | None, base: datetime.date, future: bool
) -> datetime.date | None:
    """Day ``day`` of the base's month or a month next to it: on ``weekday`` when given (None
    when no such day fits: the text or its date is wrong, and no date beats a wrong one), on
    the side of ``base`` the tense says, else the nearest."""
    candidates: list[datetime.date] = []
    for shift in (-1, 0, 1):
        index = base.month - 1 + shift
        try:
            candidates.append(datetime.date(base.year + index // 12, index % 12 + 1, day))
        except ValueError:
            continue  # the 31st of a 30-day month
    if weekday is not None:
        candidates = [c for c in candidates if c.weekday() == weekday]
    if not candidates:
        return None
    side = [c for c in candidates if (c >= base if future else c <= base)]
    if side:
        return min(side) if future else max(side)
    return min(candidates, key=lambda c: abs((c - base).days))
