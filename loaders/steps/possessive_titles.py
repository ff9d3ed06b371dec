"""Lower-case titles opened by a country's possessive, and titles set off by commas.

Wire and magazine style name an office by its country's possessive: "Japan's foreign minister
Yoko Kamikawa", "South Africa's deputy president Paul Mashatile". Many set the name off by
commas: "Armenia's foreign minister, Ararat Mirzoyan, signed", "the Kenyan trade minister,
Rebecca Miano, said". Both tell the holder and the country as plainly as a demonym does
("Japanese foreign minister Yoko Kamikawa"), which person_lower_titles.py reads.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document
from dkg.loaders.steps.person_names import NAME

_MARK = re.compile(r"(?:'s|\u2019s|'|\u2019)[^\S\n]+")
"""A possessive right after a country's name: "Japan's ", "the United States' "."""
_PORTFOLIO = re.compile(r"(?:[a-z][\w-]*[^\S\n]+){0,2}")
"""Lower-case words between the possessive and the title's head: "education ", "top "."""
_FOLLOWING = re.compile(rf"[^\S\n]+(?P<name>{NAME.pattern})")
"""A name right after its title: " Yoko Kamikawa"."""
_APPOSED = re.compile(rf",[^\S\n]+(?P<name>{NAME.pattern}),")
"""A name set off by commas right after its title: ", Ararat Mirzoyan,"."""


def possessive_opener(document: Document, start: int) -> tuple[int, str] | None:
    """Where an office starts after its country's possessive, and that country, for a title
    head at document offset ``start``: "Japan's education minister" starts at "education"
    and is Japan's; None when no country's possessive stands right before it."""
    text = document.text
    for country in document.countries:
        if country.form != "name" or not 0 < start - country.span.end <= 32:
            continue
        mark = _MARK.match(text, country.span.end, start)
        if mark is not None and _PORTFOLIO.fullmatch(text, mark.end(), start):
            return mark.end(), country.iso2
    return None


def title_holder(text: str, end: int) -> re.Match[str] | None:
    """The name of whoever holds the title that ends at ``end`` of ``text``: right after it
    ("foreign minister Yoko Kamikawa") or set off by commas ("foreign minister, Yoko
    Kamikawa,"); the match's ``name`` group is the name."""
    return _FOLLOWING.match(text, end) or _APPOSED.match(text, end)
