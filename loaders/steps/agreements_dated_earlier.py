"""Agreements a sentence dates before the document: "In March this year ... signed ten documents".

A sentence that opens on an earlier month or year tells background, whatever its verb: an
opinion piece or an analysis recalls what an earlier visit signed ("In March this year the
president paid a state visit ..., where the two governments signed ten documents"). The gold
leaves such documents out, as it leaves out "the agreement signed in August last year", which
``agreements._BACKGROUND`` reads after the verb. A month of the document's own month, or an
undated document's month, may be the news itself and is kept.
"""

from __future__ import annotations

import datetime
import re

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_OPENING = re.compile(
    r"^\s*(?:(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>" + "|".join(_MONTHS) + r")"
    r"(?:\s+(?:(?P<this>this\s+year)|(?P<last>last\s+year)|(?P<year>(?:19|20)\d\d)))?"
    r"|(?P<bare_year>(?:19|20)\d\d))|(?P<last_year>last\s+year))\b",
    re.IGNORECASE,
)


def told_as_earlier(sentence: str, document_date: datetime.date | None) -> bool:
    """Whether the sentence opens on a month or year before the document's ("In 2019, ...",
    "Last year ...", "In May last year ...", "In March this year" in a June document)."""
    found = _OPENING.match(sentence)
    if found is None:
        return False
    if found["last_year"] or found["last"]:
        return True
    if document_date is None:
        return False
    if found["bare_year"]:
        return int(found["bare_year"]) < document_date.year
    year = int(found["year"]) if found["year"] else document_date.year
    month = _MONTHS.index(found["month"].lower()) + 1
    return (year, month) < (document_date.year, document_date.month)
