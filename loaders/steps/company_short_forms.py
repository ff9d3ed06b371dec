"""A company's short form given in brackets after its name: "Korea Electric Power
Corporation (KEPCO)", "Saudi Arabian Mining Company (Ma'aden)".

News introduces a company by its full name with the short form it then uses; both are found
as companies, and without this they are two in the graph. The short form, in the brackets and
wherever the document writes it again, is keyed by the full name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.steps.company_directory import CompanyMention
from dkg.loaders.steps.company_lookalikes import stands_for_other

_SHORT_FORM = re.compile(r"\s*\(\s*(?P<short>[A-Z][^()\s]{1,15})\s*\)")
"""The brackets right after a name, holding one capitalised word: a short form ("KEPCO",
"Ma'aden"), not a description, a place or another company ("a unit of X", "South Korea")."""


def _key(text: str) -> str:
    return text.strip().casefold()


def with_short_forms(companies: list[CompanyMention], text: str) -> list[CompanyMention]:
    """The mentions, a short form introduced in brackets under its full name, which is how
    the document presents the company (even where the gazetteer knows the short form)."""
    names: dict[str, str] = {}
    for mention in companies:
        found = _SHORT_FORM.match(text, mention.end)
        if found is None or _key(found["short"]) == _key(mention.text):
            continue
        short = next((m for m in companies if m.start == found.start("short")), None)
        for key in (_key(found["short"]), _key(short.name) if short else ""):
            names.setdefault(key, mention.name)
    return [_renamed(m, names) for m in companies]


def _renamed(mention: CompanyMention, names: dict[str, str]) -> CompanyMention:
    """The mention under its full name, if it is a short form the document introduced."""
    chosen = names.get(_key(mention.text)) or names.get(_key(mention.name))
    return replace(mention, name=chosen) if chosen and chosen != mention.name else mention


def without_others_acronyms(companies: list[CompanyMention], text: str) -> list[CompanyMention]:
    """The mentions but the acronyms the document spells out as another body's name: after
    "the Indian Ocean Commission (IOC)", "the IOC" is the commission wherever it is written
    again, not the oil company the gazetteer abbreviates alike.

    Only a mention written in capitals is looked up, and only while the document holds its
    letters in brackets; a company whose own full name stands before the brackets ("Korea
    Electric Power Corporation (KEPCO)") keeps its short form.
    """
    ends = {m.end for m in companies}
    others: dict[str, bool] = {}
    kept = []
    for mention in companies:
        acronym = mention.text
        if acronym.isupper() and acronym.isalpha():
            if acronym not in others:
                others[acronym] = _spelt_out_for_other(acronym, text, ends)
            if others[acronym]:
                continue
        kept.append(mention)
    return kept


def _spelt_out_for_other(acronym: str, text: str, ends: set[int]) -> bool:
    """Whether the document writes ``acronym`` in brackets after the name of something that is
    not a company it names."""
    at = text.find(f"({acronym})")
    while at >= 0:
        before = text[:at].rstrip()
        if len(before) not in ends and stands_for_other(text, at + 1, at + 1 + len(acronym), False):
            return True
        at = text.find(f"({acronym})", at + 1)
    return False
