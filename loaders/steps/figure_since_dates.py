"""Figures summed since a day of the document's year: "Since March 3, some 12,000 visas have
been issued", "exports have reached $40 million since January".

Such a sum runs from that day to the document's date, so when both fall in one year it is a
figure of that year, for the period "since March 3". One that began in an earlier year ("since
March 2019", or "since November" told in February) spans years and has no year, as the gold
gives cumulative sums ("investment since 2005"); without the document's date the year is
unknown.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME, FULL_MONTH_NAMES
from dkg.loaders.steps.figure_years import YEAR, in_one_clause
from dkg.loaders.steps.figures import FigureMention

_SINCE_DAY = re.compile(
    r"\b[Ss]ince\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<month>{FULL_MONTH_NAME})"
    r"(?:\s+(?P<later_day>\d{1,2})(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    r"|\b[Ss]ince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b"
)
"""A sum's first day, as a month or a day of a month, perhaps with its year; "since the start
of the year" is January."""


def _in_filing_year(since: re.Match[str], filed: datetime.date) -> bool:
    """Whether the day a "since" phrase names falls in the document's year, on or before its
    date: a month with no year that is still to come this year ("since November" in February)
    is last year's."""
    if since["year"] is not None:
        return int(since["year"]) == filed.year
    if since["month"] is None:
        return True  # "since the start of the year"
    month = FULL_MONTH_NAMES.index(since["month"]) + 1
    day = int(since["day"] or since["later_day"] or 1)
    return (month, day) <= (filed.month, filed.day)


def with_since_years(
    figures: list[FigureMention], sentence: str, offset: int, filed: datetime.date | None
) -> list[FigureMention]:
    """The sentence's figures, those summed since a day of their clause given the document's
    year and that period when the day falls in it, and no year when it began a year before."""
    if not figures or "ince" not in sentence:
        return figures
    since = _SINCE_DAY.search(sentence)
    if since is None:
        return figures
    year = filed.year if filed is not None and _in_filing_year(since, filed) else None
    period = re.sub(r"\s+", " ", since[0]).lower()
    other_years = [
        m for m in YEAR.finditer(sentence) if not since.start() <= m.start() < since.end()
    ]
    dated = []
    for figure in figures:
        start, end = figure.start - offset, figure.end - offset
        if (
            figure.is_target
            or figure.period is not None
            or (figure.year is not None and other_years)
            or not in_one_clause(sentence, min(start, since.start()), max(end, since.end()))
        ):
            dated.append(figure)
            continue
        dated.append(replace(figure, year=year, period=period if year is not None else None))
    return dated
