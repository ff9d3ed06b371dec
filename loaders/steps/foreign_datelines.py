"""A dateline left in the language of the agency that filed it, above a story translated into
English: "Quito, 4 de marzo de 2024 -", "Brasília, 12 de maio de 2023", "Dakar, le 3 juin
2022", "MONTEVIDEO, 23 nov (Agency) -".

Latin American, Brazilian and West African agencies translate the story and keep the dateline.
It is then the story's only date, and without it "yesterday Wednesday" or "last Monday" stay
unresolved. Spanish, Portuguese and French month names are read only in this form (a place, a
comma, the day, the month, maybe the year and an agency, then a dash or the end of the line),
so a word such as "mayo" or "mars" elsewhere in an English text is never a date.
"""

from __future__ import annotations

import datetime
import re

from dkg.loaders.document import LEAP_YEAR, PartialDate
from dkg.loaders.steps.relative_dates import whole_day

_MONTHS: dict[str, int] = {
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dic": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "jan": 1, "fev": 2, "mai": 5, "set": 9, "out": 10, "dez": 12,
    # French
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12,
}  # fmt: skip
"""The month names and agency abbreviations of Spanish, Portuguese and French."""

_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_WORD = r"[A-ZÀ-Ý][\w'\u2019.-]*"
FOREIGN_DATELINE = re.compile(
    rf"\s*{_WORD}(?:\s+(?:(?:de|da|do|del|la|le|es)\s*)?{_WORD}){{0,3}},\s*"
    r"(?:(?i:le)\s+)?(?P<day>\d{1,2})(?:º|°|er|o)?\s+(?:(?i:de)\s+)?"
    rf"(?P<month>(?i:{_MONTH}))\.?"
    r"(?:,?\s+(?:(?i:de|del)\s+)?(?P<year>\d{4}))?"
    r"(?:\s*\([^)\n]{1,40}\))?"
    r"\s*(?:[\u2013\u2014]|--|-(?=\s|$)|$)\s*",
    re.MULTILINE,
)
"""A place, a comma, the day and month (maybe "le" before, "de" between, the year and an
agency in brackets after), then a dash or the end of the line."""


def foreign_dateline(paragraph: str) -> tuple[str, PartialDate] | None:
    """The dateline opening ``paragraph`` and its day (with its year when it gives one), or
    None when the paragraph opens with no dateline of this form."""
    match = FOREIGN_DATELINE.match(paragraph)
    if match is None:
        return None
    month = _MONTHS[match["month"].casefold()]
    year = int(match["year"]) if match["year"] else None
    try:
        datetime.date(year or LEAP_YEAR, month, int(match["day"]))  # 29 February without a year
    except ValueError:
        return None
    return match.group(), PartialDate(year, month, int(match["day"]))


def foreign_dateline_date(paragraph: str) -> datetime.date | None:
    """The day of such a dateline, only when it carries a year."""
    found = foreign_dateline(paragraph)
    return whole_day(found[1] if found is not None else None)
