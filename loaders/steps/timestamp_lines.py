"""The publication stamp wire services print under a byline: "March 4, 2024 9:15 AM GMT+1".

Agencies put the story's date on a line of its own between the byline and the dateline, whose
own date then often lacks the year ("PARIS, March 4 (Wire) -"). The stamp is the only full date
the story gives for itself, so without it every "on Monday" and "last year" stays unresolved.
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.steps.read import MONTH_NAMES, month_number

_STAMP = re.compile(
    rf"\s*(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}}),?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_NAMES})\.?,?)\s+(?P<y>\d{{4}})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AP]\.?M\.?)?)?"
    r"(?:\s+(?:GMT|UTC|[A-Z]{2,4}T)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?"
    r"(?:\s+(?:Updated|Last updated)\b.*)?\s*",
    re.IGNORECASE,
)
"""A line that is only a date, maybe with a time, a time zone and an "Updated ..." note."""


def stamp_date(line: str) -> datetime.date | None:
    """The date of a line that holds nothing but a publication stamp."""
    match = _STAMP.fullmatch(line)
    if match is None:
        return None
    month = match["m1"] or match["m2"]
    day = match["d1"] or match["d2"]
    try:
        return datetime.date(int(match["y"]), month_number(month), int(day))
    except ValueError:
        return None
