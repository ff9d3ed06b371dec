"""The year that opens an item of a chronology: "2016 - Merkel visits Beijing in June".

Timelines of a relationship (a foreign office's key dates, an encyclopaedia's bilateral page,
a feature's box) print the year once, at the head of each bullet or line, and then give only
the month or the day and month: "2022 - Scholz travels to Beijing on 4 November". Those dates
lie in the item's year, not in the year of the page that lists them (which would put every
background visit in the present) and not nowhere (an undated page leaves "in June" unread).
A sentence that opens with "In 2016," is read the same way.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.date_pattern import DAY, MONTH
from dkg.loaders.steps.list_markers import BULLET

_DAYS = rf"{DAY}(?:\s*[-\u2013]\s*{DAY})?"
_ITEM_YEAR = re.compile(
    rf"\s*(?:{BULLET}\s*)?"  # a bullet
    rf"(?:(?:{_DAYS}\s+{MONTH}\s+|{MONTH}\s+(?:{_DAYS},?\s+)?)?"  # "12-13 May", "May 12,"
    r"(?P<year>(?:19|20)\d\d)\s*(?:[-\u2013\u2014|]\s|[:.]\s)"  # "2016 -", "2016:", "2016. "
    r"|In\s+(?P<lead>(?:19|20)\d\d),)"  # "In 2016,"
    r"\s*\S"
)
"""A year at the head of an item, before its dash, colon or full stop and a space ("2016-17" is
a span of years, not an item), maybe with the item's day and month ("12-13 May 2019:"), or
"In 2016," opening a sentence; something must follow it."""


def item_year(text: str) -> int | None:
    """The year ``text`` opens with as a chronology item or "In <year>," sentence, else None.

    >>> item_year("- 2019 - The chancellor visits Wuhan in September.")
    2019
    >>> item_year("2,019 people attended in June.") is None
    True
    >>> item_year("12-13 May 2019: talks in Hanoi on 12 May, a signing on 13 May.")
    2019
    """
    match = _ITEM_YEAR.match(text)
    if match is None:
        return None
    return int(match["year"] or match["lead"])
