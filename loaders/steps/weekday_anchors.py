"""Weekday anchors: a day whose weekday is known, which "on Monday" is read against.

A story without a full date can still fix its weekdays: a dateline without a year ("CAIRO,
June 21") together with the weekday the opening names, or a day told with its weekday ("on
Friday, November 3"). Both give a stand-in date whose year is meaningless: only its month,
day and weekday are used.
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.document import PartialDate, Sentence
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME
from dkg.loaders.steps.date_pattern import DAY, MONTH, WEEKDAYS, day_number
from dkg.loaders.steps.date_tense import still_to_come
from dkg.loaders.steps.read import above_text, month_number

WEEKDAY_CYCLE = range(2001, 2029)
"""28 years, the Gregorian cycle of weekdays between 1901 and 2099: every day of the year,
29 February included, falls on every weekday in one of them."""

_WEEKDAY = Prefiltered(rf"\b{WEEKDAY_NAME}\b")

_WEEKDAY_DATE = re.compile(
    rf"\b(?P<weekday>{WEEKDAY_NAME}),?\s+"
    rf"(?:(?P<m>{MONTH})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}))\b"
)


def weekday_and_date(sentences: list[Sentence]) -> tuple[datetime.date | None, int | None]:
    """A day the text names with its weekday ("on Friday, November 3") fixes the other
    weekdays of an undated story; those told after it are the days that follow, unless it is
    the story's own date above its text (a masthead's "Thursday, 14 September"). Returns a
    stand-in date (its year is meaningless) and the offset after which weekdays go forward.
    """
    for sentence in sentences:
        found = _WEEKDAY_DATE.search(sentence.text)
        if found is None:
            continue
        month = month_number(found["m"] or found["m2"])
        day = day_number(found["d"] or found["d2"])
        candidate = _on_weekday(month, day, WEEKDAYS.index(found["weekday"].casefold()))
        if candidate is not None:
            told = sentence.span.start + found.end()
            return candidate, None if above_text(sentence.text, sentence.paragraph) else told
    return None, None


def filed_in_year_of(anchor: datetime.date, filed: PartialDate) -> datetime.date | None:
    """The filed day and month in the stand-in year of ``anchor`` (a day the text names with its
    weekday), the year before or after when the two lie more than half a year apart.

    A dateline without a year ("BEIJING, 28 May") dates the story: its weekdays ("has held this
    Tuesday talks") are the filed day or the nearest such weekday before it, whatever day the
    text names with a weekday ("arrived the Sunday 26 of May"); that day only tells which
    weekday the filed day was.

    >>> filed_in_year_of(datetime.date(2019, 5, 26), PartialDate(None, 5, 28))
    datetime.date(2019, 5, 28)
    >>> filed_in_year_of(datetime.date(2019, 12, 30), PartialDate(None, 1, 2))
    datetime.date(2020, 1, 2)
    """
    if filed.month is None or filed.day is None:
        return None
    shift = (anchor.month - filed.month > 6) - (filed.month - anchor.month > 6)
    try:
        return datetime.date(anchor.year + shift, filed.month, filed.day)
    except ValueError:
        return None  # a filed 29 February in a common year: no weekday is known


def _on_weekday(month: int, day: int, weekday: int) -> datetime.date | None:
    """The ``month`` and ``day`` in a year of the cycle where they fall on ``weekday`` (None
    only for a day no month has)."""
    for year in WEEKDAY_CYCLE:
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year, or no such day at all
        if candidate.weekday() == weekday:
            return candidate
    return None


_DAY_NUMBER = re.compile(r"\s*\((\d{1,2})\)|,?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b")


def _numbered(text: str, at: int) -> int | None:
    """The day number told right after a weekday ending at ``at`` ("Monday (30)", "Tuesday
    the 14th"), if any."""
    found = _DAY_NUMBER.match(text, at)
    return int(found[1] or found[2]) if found else None


def _filed_around(number: int, weekday: int, month: int, day: int) -> datetime.date | None:
    """The filed ``month`` and ``day`` in a year where day ``number`` of that month (of the
    month before, when the number lies past the filed day) falls on ``weekday``."""
    told_month = month if number <= day else (month - 2) % 12 + 1
    for year in WEEKDAY_CYCLE:
        try:
            told = datetime.date(year, told_month, number)
            filed = datetime.date(year + (told_month > month), month, day)
        except ValueError:
            continue  # no such day that year (a filed 29 February needs a leap year too)
        if told.weekday() == weekday:
            return filed
    return None


def stand_in_day(filed: PartialDate, sentences: list[Sentence]) -> datetime.date | None:
    """A date with the filed day and month on the weekday the article treats as its own.

    A dateline without a year ("CAIRO, June 21") still fixes "on Monday" once we know which
    weekday June 21 was: the latest weekday the opening paragraphs name (news reports the
    filing day and the days just before it); a weekday told with its day's number ("on
    Sunday (8)") fixes it outright. The stand-in's year is meaningless and is removed from
    every date resolved against it.
    """
    if filed.month is None or filed.day is None:
        return None
    opening = [sentence.text for sentence in sentences if sentence.paragraph <= 2]
    for text in opening:
        for m in _WEEKDAY.finditer(text):
            number = _numbered(text, m.end())
            weekday = WEEKDAYS.index(m.group().casefold())
            exact = _filed_around(number, weekday, filed.month, filed.day) if number else None
            if exact is not None:
                return exact
    named = [
        WEEKDAYS.index(m.group().casefold())
        for text in opening
        for m in _WEEKDAY.finditer(text)
        if not still_to_come(text, m.start(), m.end())
    ]
    if not named:
        return None
    latest = min(set(named), key=lambda w: sum((w - other) % 7 for other in named))
    return _on_weekday(filed.month, filed.day, latest)
