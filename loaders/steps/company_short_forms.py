"""A company's short form given in brackets after its name: "Korea Electric Power
Corporation (KEPCO)", "Saudi Arabian Mining Company (Ma'aden)".

News introduces a company by its full name with the short form it then uses; both are found
as companies, and without this they are two in the graph. The short form, in the brackets and
wherever the document writes it again, is keyed by one name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.steps.company_directory import CompanyMention

_SHORT_FORM = re.compile(r"\s*\(\s*(?P<short>[^()\s][^()]{0,30}?)\s*\)")
"""The brackets right after a name, holding a short name (not a sentence)."""


def _key(text: str) -> str:
    return text.strip().casefold()


def with_short_forms(companies: list[CompanyMention], text: str) -> list[CompanyMention]:
    """The mentions, a short form introduced in brackets and its full name under one name:
    the one the gazetteer knows ("NNPC" is Nigerian National Petroleum Company), else the
    full name."""
    names: dict[str, str] = {}
    for mention in companies:
        found = _SHORT_FORM.match(text, mention.end)
        if found is None or _key(found["short"]) == _key(mention.text):
            continue
        at = found.start("short")
        short = next((m for m in companies if m.start == at), None)
        chosen = short.name if short and _known(short) and not _known(mention) else mention.name
        for key in (_key(found["short"]), _key(mention.name), _key(short.name) if short else ""):
            names.setdefault(key, chosen)
    return [_renamed(m, names) for m in companies]


def _known(mention: CompanyMention) -> bool:
    """Whether the gazetteer knows the company: it gave its own name or a Wikidata id."""
    return mention.wikidata is not None or _key(mention.name) != _key(mention.text)


def _renamed(mention: CompanyMention, names: dict[str, str]) -> CompanyMention:
    """The mention under the name its pair is known by, if it is one of a pair."""
    chosen = names.get(_key(mention.text)) or names.get(_key(mention.name))
    return replace(mention, name=chosen) if chosen and chosen != mention.name else mention
