"""A dateline whose date is written in figures: "Nouakchott, 08/02/2024 (Agency) -",
"Tripoli, 28.01.2023 -".

Agencies of Africa, the Arab world, Europe and Asia date their wires this way, and the date is
then the story's only one: without it "yesterday" and "on Monday" stay unresolved. Which figure
is the month follows the filing place's convention. A figure above 12 can only be a day; when
both could be months, the day comes first, as everywhere but in the United States, whose
outlets write the month first: a dateline filed from a city of the United States is read month
first. (``numeric_dates.numeric_day`` asks the story's month names instead, for a stamp that
names no place; a dateline names one, and that is the better witness.)
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.gazetteer.gazetteer import load_gazetteer

_MONTHS = 12
_MONTH_FIRST_COUNTRY = "US"
"""The one country whose writers put the month before the day."""
_PLACE = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Za-z][\w'\u2019.-]*){0,3}"
NUMERIC_DATELINE = re.compile(
    rf"\s*(?P<place>{_PLACE}),\s*"
    r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})(?![\d./-]\d)"
    r"(?:\s*\([^)\n]{1,40}\))?"
    r"\s*(?:[\u2013\u2014]|--|-(?=\s|$)|:|$)\s*",
    re.MULTILINE,
)
"""A place, a comma, the date in figures (one separator twice), maybe an agency in brackets,
then a dash, a colon or the end of the line: a figure date in a sentence is no dateline."""


def numeric_dateline(paragraph: str) -> tuple[str, datetime.date] | None:
    """The dateline opening ``paragraph`` and its day, or None when it opens with no dateline
    of this form or its figures make no day."""
    match = NUMERIC_DATELINE.match(paragraph)
    if match is None:
        return None
    first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
    if first > _MONTHS or (second <= _MONTHS and not _month_first(match["place"])):
        day, month = first, second
    else:
        day, month = second, first
    try:
        return match.group(), datetime.date(year, month, day)
    except ValueError:
        return None


def numeric_dateline_date(paragraph: str) -> datetime.date | None:
    """The day of such a dateline opening ``paragraph``."""
    found = numeric_dateline(paragraph)
    return found[1] if found is not None else None


def _month_first(place: str) -> bool:
    """Whether the dateline was filed from a city of the United States."""
    city = load_gazetteer().city(place)
    return city is not None and city.country == _MONTH_FIRST_COUNTRY
