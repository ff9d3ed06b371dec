"""A weekday followed by the date it names ("on the morning of Thursday, 14 August").

The date pattern reads the weekday and the written date as two mentions, and the weekday is
resolved on its own from the filing day and the tense around it: in a story filed on Friday
15 August, "arrived on the morning of Thursday, 14 August" could date the arrival by the
weekday (the 13th, the 15th) whenever the weekday's mention lies nearer the cue. The written
date is what the text says; the weekday only repeats it, so the two are one mention.
"""

from __future__ import annotations

import re

from dkg.loaders.document import DateMention, TextSpan
from dkg.loaders.steps.date_pattern import WEEKDAYS
from dkg.loaders.steps.date_ranges import joined_pairs

_APPOSED = re.compile(r",?\s+(?:the\s+)?")
"""Between a weekday and the date that restates it: "Thursday, 14 August", "Sunday May 8"."""
_LAST_WORD = re.compile(r"(\w+)\W*$")


def with_written_days(text: str, offset: int, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of one sentence with each weekday that a written day and month follow
    made one mention of that day. ``text`` is the sentence and ``offset`` its start in the
    document.

    >>> from dkg.loaders.document import PartialDate
    >>> text = "arrived on Thursday, 14 August"
    >>> weekday = DateMention(TextSpan(8, 19), PartialDate(None, 8, 15))
    >>> written = DateMention(TextSpan(21, 30), PartialDate(None, 8, 14))
    >>> [m.start.lexical for m in with_written_days(text, 0, [weekday, written])]
    ['--08-14']
    """

    def join(first: DateMention, second: DateMention) -> DateMention | None:
        if not _restated(text, offset, first, second):
            return None
        return DateMention(TextSpan(first.span.start, second.span.end), second.start, second.end)

    return joined_pairs(mentions, join)


def _restated(text: str, offset: int, first: DateMention, second: DateMention) -> bool:
    """Whether ``first`` is a lone weekday that ``second``, a day of a month, restates."""
    if first.end is not None or second.start.day is None or second.start.month is None:
        return False
    word = _LAST_WORD.search(text, first.span.start - offset, first.span.end - offset)
    return (
        word is not None
        and word[1].casefold() in WEEKDAYS
        and _APPOSED.fullmatch(text, first.span.end - offset, second.span.start - offset)
        is not None
    )
