"""Names a known company's name opens or closes: a group's units, brands styled in lower case
and names joined by a spaced dash.

- A business group's unit goes by the group's name and its own ("Samsung SDI", "SK On", "Tata
  Sons"): the gazetteer knows the group ("Samsung Group", "SK Group"), not every unit, and the
  unit is the firm the story means.
- A firm may style a word of its name in lower case ("SK hynix"), which the gazetteer writes
  in title case ("SK Hynix"); read as written, only the group's "SK" would be found.
- A name joined by a spaced dash ("A.P. Møller \u2013 Maersk") is one firm, which the gazetteer
  writes with a hyphen; read by its words, the part after the dash alone would be found.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.calendar_words import FULL_MONTH_NAMES, WEEKDAYS
from dkg.loaders.steps.company_directory import CompanyDirectory, KnownCompany

_UNIT_WORD = re.compile(r"[A-Z][A-Za-z&]{0,3}|[A-Z][a-z]+")
"""One word of a unit's own name: a short capitalised word or initials ("SDI", "On", "E&S",
"Sons", "Biologics")."""
_UNIT_WORDS = 2
"""A unit's own name is short: a longer run after a group's name is a title and a name
("Samsung Chief Executive Roh") or another name."""
_NOT_UNIT_WORDS = frozenset(
    (
        *("President", "Chairman", "Chairwoman", "Chair", "Chief", "CEO", "CFO", "COO", "Vice"),
        *("Executive", "Director", "Founder", "Head", "Boss", "Minister", "Mr", "Ms", "Dr"),
        *("Group", "Groups", *WEEKDAYS, *FULL_MONTH_NAMES),
    )
)
"""Words after a group's name that name no unit: an officer's title, the word "Group" itself
("the Tata Group"), or a day."""


def is_group(company: KnownCompany) -> bool:
    """Whether the gazetteer knows the company as a business group ("Samsung Group",
    "SK Group"), whose units go by its name."""
    return any(n.endswith(" Group") for n in (company.name, *company.aliases))


def group_unit(tail: str, gazetteer: CompanyDirectory) -> bool:
    """Whether ``tail``, the capitalised words right after a business group's name, is the
    name of one of its units ("SDI" of "Samsung SDI", "On" of "SK On", "Sons" of "Tata Sons"):
    one or two short words, none an officer's title, a day or a place ("Samsung Vietnam" is
    the group in a country, as "Shell Nigeria" is)."""
    words = tail.split()
    return (
        0 < len(words) <= _UNIT_WORDS
        and all(_UNIT_WORD.fullmatch(w) for w in words)
        and not any(w in _NOT_UNIT_WORDS for w in words)
        and gazetteer.country(tail) is None
        and gazetteer.city(tail) is None
        and not any(gazetteer.country(w) or gazetteer.city(w) for w in words)
    )


_DASH_BEFORE = re.compile(
    r"(?<![\w.])(?P<head>(?:[A-Z][\w'\u2019]*\.?\s*){1,4}?)\s+[-\u2013\u2014]\s+$"
)
"""Capitalised words and initials before a spaced dash, up to a name: "A.P. Møller \u2013 " before
"Maersk"."""


def dash_joined_start(
    sentence: str, start: int, end: int, known: KnownCompany, gazetteer: CompanyDirectory
) -> int:
    """Where a known company's name begins when the words before a spaced dash belong to it
    ("A.P. Møller \u2013 Maersk", which the gazetteer writes "A.P. Moller-Maersk"): ``start``
    unless the whole is the same company by the gazetteer."""
    if start < 3 or sentence[start - 2] not in "-\u2013\u2014":
        return start  # most names have no dash before them: no pattern is tried
    joined = _DASH_BEFORE.search(sentence, max(0, start - 40), start)
    if joined is None:
        return start
    whole = gazetteer.company(sentence[joined.start("head") : end])
    return joined.start("head") if whole is not None and whole.name == known.name else start
