"""The date in the title of an official record: "Regular Press Conference on June 16, 2023".

Governments publish briefings, remarks, readouts and statements under a title that ends with
the day they were given ("Press Briefing by the Spokesperson, 5 July 2024", "Remarks by the
Minister on March 3, 2024"). That is the record's own date, often the only full date it
prints, so without it "on Wednesday" and "today" stay unresolved. Only a title that names such
a record counts: a news headline's date ("Leader to visit Paris on July 14, 2023") is the date
of the event it announces, not of the story.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.read import WEEKDAY, month_number

_RECORD = re.compile(
    r"\b(?:press\s+(?:conference|briefing|availability|remarks|statement)|briefing|remarks|"
    r"readout|transcript|statement|speech|address|interview|communiqu[eé])\b",
    re.IGNORECASE,
)
"""The words that name an official record of what was said."""
_TITLE_DATE = re.compile(
    r"(?:\s+on|,|\s+[-\u2013\u2014|])\s+(?:\(\s*)?"
    + WEEKDAY
    + rf"(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_NAMES})\.?,?\s+(?P<y2>\d{{4}}))"
    r"\s*\)?\s*$",
    re.IGNORECASE,
)
"""A full date closing the title, after "on", a comma or a dash."""
_TITLE_LINES = 3
"""How many of the top lines may be the title: an office's name and a kicker come first."""


def record_title_date(lines: Iterable[str]) -> datetime.date | None:
    """The date that closes the title of a briefing, remarks, readout or statement among the
    first lines above the text, if one names such a record."""
    for count, line in enumerate(lines):
        if count >= _TITLE_LINES:
            return None
        match = _TITLE_DATE.search(line)
        if match is None or not _RECORD.search(line, 0, match.start()):
            continue
        try:
            return datetime.date(
                int(match["y1"] or match["y2"]),
                month_number(match["m1"] or match["m2"]),
                int(match["d1"] or match["d2"]),
            )
        except ValueError:
            return None
    return None
