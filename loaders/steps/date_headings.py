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

from dkg.loaders.document import Sentence
from dkg.loaders.steps.read import MONTH_NAMES, WEEKDAY, month_number

_HEADING = re.compile(
    WEEKDAY
    + rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_NAMES})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH_NAMES})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))\.?",
    re.IGNORECASE,
)
"""A sentence that is nothing but a full date, maybe after a weekday."""
_DIARY = 2
"""How many day headings make a diary."""


def diary_days(sentences: Sequence[Sentence]) -> dict[int, datetime.date]:
    """Start offset of each day heading -> its day, when the record has two or more."""
    days = {}
    for sentence in sentences:
        match = _HEADING.fullmatch(sentence.text.strip())
        if match is None:
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
