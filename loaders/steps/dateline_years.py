"""The year of a dateline that gives none ("HANOI, Sept. 11 -"), taken from the story's own
full dates around that day ("travelled to Hanoi on September 10-11, 2023").

Fact sheets and wire copy often print the filing day without its year and then tell the trip
with full dates. When such a date lies within a few days of the dateline's day and month, the
story is filed in that year, and its "on Sunday" and "yesterday" fall on the real calendar
rather than on the stand-in weekday the normaliser guesses otherwise. A full date further away
(a trip last March, an anniversary) says nothing about the filing year and is not used.
"""

from __future__ import annotations

import datetime

from dkg.loaders.document import PartialDate, Sentence
from dkg.loaders.steps.relative_dates import whole_day

_NEAR_DAYS = 3
"""How far from the dateline's day a full date may lie to lend its year: a visit or summit
reported on its last day or the day after spans a few days."""

_OPENING_PARAGRAPHS = 3
"""Where the story tells the days it is filed about: the first paragraphs after the
dateline."""


def dated_filing(
    date: datetime.date | None, filed: PartialDate | None, sentences: list[Sentence]
) -> tuple[datetime.date | None, PartialDate | None]:
    """The day to resolve the story's dates against and the day it was filed: the document
    date when known, else the yearless dateline's day in the year of a full date told close
    to it, else (None, the dateline's day as it was). A dateline the reader of the top lines
    did not date but whose day carries its year still dates the story."""
    if date is not None:
        return date, filed
    if filed is not None and filed.year and filed.month and filed.day:
        return datetime.date(filed.year, filed.month, filed.day), filed
    day = filing_day(filed, sentences)
    return (day, PartialDate.of(day)) if day is not None else (None, filed)


def filing_day(filed: PartialDate | None, sentences: list[Sentence]) -> datetime.date | None:
    """The dateline's day in the year of a full date told close to it, or None when the
    dateline has a year already, has no day, or no full date lies near it."""
    # The normaliser asks this module before it reads the story, so its reader is imported late.
    from dkg.loaders.steps.normalize import find_dates

    if filed is None or filed.year is not None or filed.month is None or filed.day is None:
        return None
    for sentence in sentences:
        if sentence.dateline or sentence.paragraph > _OPENING_PARAGRAPHS:
            continue
        for mention in find_dates(sentence, None):
            for told in (mention.start, mention.end):
                day = _near(filed.month, filed.day, told)
                if day is not None:
                    return day
    return None


def _near(month: int, day: int, told: PartialDate | None) -> datetime.date | None:
    """The day and month in the year (or the year next to it) that puts them within
    ``_NEAR_DAYS`` of a full date told with its year."""
    anchor = whole_day(told)
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if abs((candidate - anchor).days) <= _NEAR_DAYS:
            return candidate
    return None
