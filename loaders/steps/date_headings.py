"""Day headings of a diary-style record: a court circular's "1st November 2023" line.

Court circulars, daily programmes and diaries put each day's date on a line of its own and then
write "this morning", "this afternoon", "today" of that day. Those words count from the
heading above them, not from the record's first date; otherwise the second day's visit to
Mombasa is dated the first day. Only a record with two or more such headings is a diary: a
lone date line is the record's own date, which "today" already is.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from dkg.loaders.document import Document, PartialDate, Sentence
from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.masthead_years import DAY_PART, WEEKDAY_STEMS
from dkg.loaders.steps.read import WEEKDAY, month_number
from dkg.loaders.steps.relative_dates import whole_day

_HEADING = re.compile(
    WEEKDAY
    + rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_NAMES})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH_NAMES})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))\.?",
    re.IGNORECASE,
)
"""A sentence that is nothing but a full date, maybe after a weekday."""
_DIARY = 2
"""How many day headings make a diary."""


def diary_days(
    sentences: Sequence[Sentence], today: datetime.date | None = None
) -> dict[int, datetime.date]:
    """Start offset of each day heading -> its day, when the record has two or more.

    A heading without a year ("SATURDAY, DECEMBER 21", as live blogs head each day) counts
    when the record is dated (``today``) and its weekday falls on that day in the year
    nearest the record's date: the weekday is what tells a heading from a stray date line.
    """
    days = {}
    for sentence in sentences:
        text = sentence.text.strip()
        match = _HEADING.fullmatch(text)
        if match is None:
            day = _yearless_day(text, today)
            if day is not None:
                days[sentence.span.start] = day
            continue
        try:
            day = datetime.date(
                int(match["y1"] or match["y2"]),
                month_number(match["m1"] or match["m2"]),
                int(match["d1"] or match["d2"]),
            )
        except ValueError:
            continue
        days[sentence.span.start] = day
    return days if len(days) >= _DIARY else {}


def _yearless_day(text: str, today: datetime.date | None) -> datetime.date | None:
    """The day of a heading with a weekday and no year, in the year nearest ``today`` where
    that weekday falls on it; None if it is no such heading or its weekday fits no year."""
    match = DAY_PART.fullmatch(text) if today is not None else None
    if today is None or match is None or not match["w"]:
        return None  # a live blog's heading gives its weekday: "SATURDAY, DECEMBER 21"
    month, number = month_number(match["m1"] or match["m2"]), int(match["d1"] or match["d2"])
    weekday = WEEKDAY_STEMS.index(match["w"].casefold())
    fitting = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            day = datetime.date(year, month, number)
        except ValueError:
            continue
        if day.weekday() == weekday:
            fitting.append(day)
    return min(fitting, key=lambda d: abs((d - today).days)) if fitting else None


def heading_day(document: Document, offset: int) -> PartialDate | None:
    """The day of the diary heading above ``offset``, if the document is a diary: what a
    live blog tells in the present ("Modi has landed") under "SATURDAY, DECEMBER 21" happened
    that Saturday, not on the day of the blog's last update."""
    filed = document.filed
    today = document.date
    if today is None:
        today = whole_day(filed)  # "HANOI, Sept. 11, 2023"
    content = [s for s in document.sentences if not s.boilerplate]
    above = [day for start, day in diary_days(content, today).items() if start <= offset]
    return PartialDate.of(above[-1]) if above else None
