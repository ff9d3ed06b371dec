"""Ranges whose two ends name different months ("from 30 October to 1 November 2022") or two
days of one week ("on Friday and Saturday", "from Monday to Wednesday").

The date pattern reads such a range as two dates, and the first, written without a year, takes
the document's year: a background visit of 2022 told in a 2024 text would begin in 2024 and end
in 2022. Joined, the first day takes the year written after the second (the year before when
the range runs over New Year: "28 December to 3 January 2024"), and the visit both its ends.
Two days of one week read as two dates would leave a visit "spent Friday and Saturday in ..."
dated by whichever is nearer its cue; as one range it starts on the first and ends on the last.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import replace

from dkg.loaders.document import DateMention, TextSpan

_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|until|till|through)\s*", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_AND = re.compile(r"\s+and\s+(?:on\s+)?", re.IGNORECASE)
_WEEK = 7


def joined_ranges(text: str, offset: int, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of one sentence, with "<day month> to <day month year>" made one range.

    ``text`` is the sentence and ``offset`` its start in the document.
    """

    def join(first: DateMention, second: DateMention) -> DateMention | None:
        if _ends_range(text, offset, first, second):
            return _range(text, offset, first, second)
        if _ends_days(text, offset, first, second):
            span = TextSpan(first.span.start, second.span.end)
            return DateMention(span, first.start, second.start)
        return None

    return joined_pairs(mentions, join)


def joined_pairs(
    mentions: list[DateMention], join: Callable[[DateMention, DateMention], DateMention | None]
) -> list[DateMention]:
    """``mentions`` with each one that ``join`` makes one mention with the one before it
    replaced, with it, by what ``join`` returns (None: the two stay apart). The readers of
    ranges and of weekdays restated by their date share it, each with its own ``join``."""
    joined: list[DateMention] = []
    for mention in mentions:
        merged = join(joined[-1], mention) if joined else None
        if merged is None:
            joined.append(mention)
        else:
            joined[-1] = merged
    return joined


def _ends_range(text: str, offset: int, first: DateMention, second: DateMention) -> bool:
    """Whether ``second`` closes a range ``first`` opens: two days of different months, only a
    "to" between them, and no year written with the first."""
    a, b = first.start, second.start
    return (
        first.end is None
        and second.end is None
        and a.day is not None
        and b.day is not None
        and a.month != b.month
        and _JOIN.fullmatch(text, first.span.end - offset, second.span.start - offset) is not None
        and _YEAR.search(text, first.span.start - offset, first.span.end - offset) is None
    )


def _ends_days(text: str, offset: int, first: DateMention, second: DateMention) -> bool:
    """Whether ``second`` closes a run of days ``first`` opens within one week: the next day
    after "and" ("Friday and Saturday"), or a later day after "to" ("Monday to Wednesday").
    Days further apart after "and" are two days ("on Monday and Thursday")."""
    if first.end is not None or second.end is not None:
        return False
    a, b = _day(first), _day(second)
    if a is None or b is None or not 0 < (b - a).days < _WEEK:
        return False
    between = (first.span.end - offset, second.span.start - offset)
    if (b - a).days == 1 and _AND.fullmatch(text, *between) is not None:
        return True
    return _JOIN.fullmatch(text, *between) is not None


def _day(mention: DateMention) -> datetime.date | None:
    date = mention.start
    if date.year is None or date.month is None or date.day is None:
        return None
    return datetime.date(date.year, date.month, date.day)


def _range(text: str, offset: int, first: DateMention, second: DateMention) -> DateMention:
    """One mention from the first day to the second, the first taking the second's year."""
    start, end = first.start, second.start
    if end.year is not None and _YEAR.search(
        text, second.span.start - offset, second.span.end - offset
    ):
        rolls_over = (start.month or 0) > (end.month or 0)
        start = replace(start, year=end.year - 1 if rolls_over else end.year)
    return DateMention(TextSpan(first.span.start, second.span.end), start, end)
