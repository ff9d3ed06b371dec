"""The names of the months and weekdays, as every date reader writes them in its patterns.

One list of each: a reader given its own copy drifts from the others (one took "Sep", another
only "Sept"), and a date one reader sees another then misses. No imports, so that any module,
the document reader's included, can take them.
"""

from __future__ import annotations

MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
"""English month names and abbreviations as news capitalises them, as a regex group (a reader
of any case compiles it case-insensitive): ``read.month_number`` reads what it matched."""

FULL_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
"""The months spelled out, without the abbreviations of ``MONTH_NAMES``: for readers where a
short form is another word ("Mar del Plata", "Jan Smith") and only a date's month is meant."""

FULL_MONTH_NAME = rf"(?:{'|'.join(FULL_MONTH_NAMES)})"
"""A month spelled out, as a regex group."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""The English weekdays as news capitalises them."""

WEEKDAY_NAME = rf"(?:{'|'.join(WEEKDAYS)})"
"""An English weekday, as a regex group."""
