"""The other names of a list that known companies make up: "Lukoil, Gazprom and Artel".

No cue is needed where the list itself is one of firms: most of its names are known companies,
or firm-shaped ("Kestrel Foods", "Hanil E&C"), so the names the gazetteer does not know are
companies too.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.company_directory import (
    BOUNDED_NAME,
    COUNTRY_OWNER,
    CompanyDirectory,
    CompanyMention,
)
from dkg.loaders.steps.company_lists import TITLES, joined, list_items, listed_company
from dkg.loaders.steps.company_name_joins import generic_only


def listed_with_known(
    sentence: str, offset: int, gazetteer: CompanyDirectory, known: list[CompanyMention]
) -> list[CompanyMention]:
    """The other names of a list that known companies make up: "Lukoil, Gazprom and Artel".

    A list of three or more names led by a known company, at least half of them known, lists
    companies: its names that are no country, city or known organisation are companies too.
    A name that opens on the known company's own first word is its group's ("Hitachi Energy"
    beside "Hitachi Corporation"); in a list of three or more with commas, a name of only
    capitalised words ending on a word of a trade or a firm ("Kestrel Foods") is a company too.
    A body's name holds "of" or "and" ("Department of Trade and Industry"), a person's a title.
    """
    mentions: list[CompanyMention] = []
    listed_until = 0
    for first in known:
        start = first.start - offset
        if start < listed_until:
            continue  # a later item of a list already read
        items = joined(sentence, list_items(sentence, start), gazetteer)
        names = [sentence[s:e] for s, e in items]
        mostly_known = 2 * sum(gazetteer.company(n) is not None for n in names) >= len(items)
        if len(items) < 2 or (len(items) < 3 and not mostly_known):
            continue
        listed_until = items[-1][1]
        family = names[0].split()[0]
        commas = "," in sentence[items[0][1] : items[-1][0]]  # "A, B and C", not "A and B and C"
        # "Siemens, Tecnicas Reunidas and Hanil E&C": a firm-shaped name counts as known
        firm_like = sum(gazetteer.company(n) is not None or _firm_shaped(n.split()) for n in names)
        mostly_firms = mostly_known or (commas and 2 * firm_like >= len(items))
        for (item_start, _), name in zip(items, names, strict=True):
            words = name.split()
            if gazetteer.company(name) is None and (
                (len(items) >= 3 and (mostly_firms or (commas and _trade_named(words))))
                or (len(words) > 1 and words[0] == family)
            ):
                mention = listed_company(name, offset + item_start, gazetteer, None)
                if mention is not None:
                    mentions.append(mention)
    return mentions


_OWNED_PAIR = re.compile(
    rf"{COUNTRY_OWNER.pattern}(?P<name>{BOUNDED_NAME})\s+and\s+"
    r"(?P<other>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['\u2019]s\s+$"
)
"""Two firms each told by its country's possessive, joined by "and", up to the second:
"Botswana's Kalahari Diamonds and Zambia's " before a known "ZESCO"."""


def owned_pairs(
    sentence: str, offset: int, gazetteer: CompanyDirectory, known: list[CompanyMention]
) -> list[CompanyMention]:
    """The first of two firms each named after its country's possessive, the second of them
    known: "Botswana's Kalahari Diamonds and Zambia's ZESCO" names two firms, as the pair's
    likeness says; a person named by a title is no firm."""
    mentions: list[CompanyMention] = []
    for second in known:
        at = second.start - offset
        if at < 4 or sentence[at - 3 : at].strip() not in ("'s", "\u2019s"):
            continue  # most known names have no possessive before them: no pattern is tried
        for pair in _OWNED_PAIR.finditer(sentence, max(0, at - 120), at):
            if pair.end() != at or gazetteer.country(pair["owner"]) is None:
                continue
            if gazetteer.country(pair["other"]) is None or pair["name"].split()[0] in TITLES:
                break  # "Kenya's President Ruto and Zambia's ZESCO": a person beside a firm
            mention = listed_company(
                sentence[pair.start() : pair.end("name")], offset + pair.start(), gazetteer, None
            )
            if mention is not None and gazetteer.company(mention.name) is None:
                mentions.append(mention)
            break
    return mentions


def _trade_named(words: list[str]) -> bool:
    """Whether a name of two or more capitalised words ends on a trade or a firm ("Kestrel
    Foods") and holds no title ("Minister"), as a firm's name does and a body's or a person's
    does not."""
    return (
        len(words) > 1
        and all(w[0].isupper() and w not in TITLES for w in words)
        and generic_only(words[-1])
    )


def _firm_shaped(words: list[str]) -> bool:
    """Whether a name is shaped as only a firm's is: it ends on a trade word ("Kestrel Foods")
    or joins capitalised words with an ampersand ("Hanil E&C", "Marks & Spencer"), which no
    person's or place's name does."""
    return _trade_named(words) or (
        all(w[0].isupper() or w == "&" for w in words) and any("&" in w for w in words)
    )
