"""Ranges whose two ends name different months: "from 30 October to 1 November 2022".

The date pattern reads such a range as two dates, and the first, written without a year, takes
the document's year: a background visit of 2022 told in a 2024 text would begin in 2024 and end
in 2022. Joined, the first day takes the year written after the second (the year before when
the range runs over New Year: "28 December to 3 January 2024"), and the visit both its ends.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import DateMention, TextSpan

_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|until|till|through)\s*", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")


def joined_ranges(text: str, offset: int, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of one sentence, with "<day month> to <day month year>" made one range.

    ``text`` is the sentence and ``offset`` its start in the document.
    """
    joined: list[DateMention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if first is not None and _ends_range(text, offset, first, mention):
            joined[-1] = _range(text, offset, first, mention)
        else:
            joined.append(mention)
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


def _range(text: str, offset: int, first: DateMention, second: DateMention) -> DateMention:
    """One mention from the first day to the second, the first taking the second's year."""
    start, end = first.start, second.start
    if end.year is not None and _YEAR.search(
        text, second.span.start - offset, second.span.end - offset
    ):
        rolls_over = (start.month or 0) > (end.month or 0)
        start = replace(start, year=end.year - 1 if rolls_over else end.year)
    return DateMention(TextSpan(first.span.start, second.span.end), start, end)
