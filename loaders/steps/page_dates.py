"""The date a saved web page states for itself, only when the page writes that day out in full.

htmldate (through trafilatura) reads a page's date from its metadata, ``<time>`` elements and
JSON-LD, but it also completes partial dates: a year and month in a title or a URL
(".../2023/09/visit-to-baku") comes back as the 1st of that month. Such a day would date the
story wrongly and move every "on Tuesday" in it to the wrong week, and it would even win over the
story's own dateline. So a date is kept only when the page also writes that same day in full,
in any common form: ISO, day/month/year, month/day/year, or with the month's name.
"""

from __future__ import annotations

import datetime
import re


def stated_in_full(html: str, day: datetime.date | None) -> datetime.date | None:
    """``day`` when the page writes it out with its day, month and year; else None."""
    if day is None:
        return None
    return day if any(form.search(html) for form in _full_forms(day)) else None


def _full_forms(day: datetime.date) -> tuple[re.Pattern[str], ...]:
    """Every common way of writing ``day`` in full."""
    y, m, d = day.year, day.month, day.day
    month = rf"{day.strftime('%b')}[a-z]*\.?"  # C locale: "Sep", "Sept.", "September"
    nth = r"(?:st|nd|rd|th)?"
    return (
        re.compile(rf"(?<!\d){y}[-/.]0?{m}[-/.]0?{d}(?!\d)"),
        re.compile(rf"(?<!\d)0?{d}[-/.]0?{m}[-/.]{y}(?!\d)"),
        re.compile(rf"(?<!\d)0?{m}[-/.]0?{d}[-/.]{y}(?!\d)"),
        re.compile(rf"(?<![\d.])0?{d}{nth}\s+(?:of\s+)?{month},?\s+{y}(?!\d)", re.IGNORECASE),
        re.compile(rf"\b{month}\s+0?{d}{nth},?\s+{y}(?!\d)", re.IGNORECASE),
    )
