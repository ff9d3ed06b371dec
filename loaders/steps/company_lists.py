"""Lists of capitalised names, read item by item, and an item read as a company.

Every finder of companies by a cue ("companies such as A, B and C", "executives from A and B")
reads the names listed after it here: an item may open with its article and a description of
the firm ("the Nairobi-based lender Equity Bank"), a name split at its own "and" is rejoined,
and an item that names a country, a city or a known organisation is no company.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.calendar_words import FULL_MONTH_NAMES, WEEKDAYS
from dkg.loaders.steps.company_directory import (
    COUNTRY_OWNER,
    NAME,
    NOT_NAMES,
    CompanyDirectory,
    CompanyMention,
    KnownCountry,
    not_a_company,
)
from dkg.loaders.steps.company_name_joins import joins_previous

_DESCRIPTION = (
    r"(?:[A-Z][\w.]*\s+){0,2}?[\w.]+-(?:based|owned|run|listed|headquartered|registered)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}"
)
"""What a list may say of a firm before its name: its seat or owner and its kind ("the Abu
Dhabi-based conglomerate X", "the state-owned miner Y"); no part of the name."""
_KIND = (
    r"(?:contractor|builder|operator|lender|bank|insurer|carrier|airline|miner|developer|"
    r"supplier|manufacturer|producer|retailer|firm|company|conglomerate)\s+"
)
"""The kind of firm the article of an item opens: "and the contractor Leighton Brooks"."""
_ITEM = rf"(?:the\s+)?(?:{_DESCRIPTION}|{_KIND})?[\"\u00ab\u201c]?(?P<item>{NAME})[\"\u00bb\u201d]?"
"""A list item, maybe with its article and a description: "among them the Bank of Kigali and
the Nairobi-based lender Equity Bank"."""
_OWNER_OF = re.compile(
    rf"\s*,\s+(?:the\s+|a\s+)?(?:owner|parent|operator|unit|subsidiary|affiliate)\s+of\s+"
    rf"(?P<item>{NAME})(?=\s*,)"
)
"""A firm an item is said to own or belong to, between commas: "Optus, owner of Telecel Samoa,
and ..." names both firms; the list goes on after the second comma."""
_DESCRIBED_ONLY = re.compile(r"-(?:based|owned|run|listed|headquartered|registered)$")
"""An item that is only a description ("the Nairobi-based lenders"): the list names no firm
there."""
_SEPARATOR = re.compile(
    r"\.?(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
)
"""What joins two items, maybe after the dot of an abbreviation that closes the first ("such as
Kanemori Corp. and Hoshino Kosan"): a name's words end before their dot."""
_ITEM_AT = re.compile(_ITEM)
_DEMONYM_BEFORE = re.compile(r"\b(?P<demonym>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[a-z-]+\s+)?$")
CALENDAR = frozenset((*WEEKDAYS, *FULL_MONTH_NAMES))
"""Days and months, which open a capitalised run but no company's name."""
TITLES = frozenset(
    (
        *("President", "Minister", "Prime", "Premier", "Chancellor", "King", "Queen", "Prince"),
        *("Sheikh", "Emir", "Ambassador", "Secretary", "Governor", "Mayor", "Chairman"),
        *("Director", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."),
    )
)
"""Words that open a person's name: a list item starting with one is no company."""
_COUNT_OPENS = re.compile(r"\d[\d,.]*(?!\S)")
"""A number standing alone ("25", "1,200"), which counts firms rather than names one ("3M")."""


def home_before(text: str, gazetteer: CompanyDirectory) -> KnownCountry | None:
    """The country of a demonym ending ``text``, maybe before one lower-case word: the home of
    the firms named next ("French companies such as ...", "French car makers")."""
    demonym = _DEMONYM_BEFORE.search(text)
    return gazetteer.country(demonym["demonym"]) if demonym else None


def list_items(sentence: str, position: int, most: int | None = None) -> list[tuple[int, int]]:
    """Spans of the capitalised names listed from ``position``: "A, B C, and D"; none where
    the list goes on past ``most`` names, so that a reader started at each name of a list
    reads a bounded stretch from each, not the rest of the list again."""
    items = []
    read = 0
    while True:
        item = _ITEM_AT.match(sentence, position)
        if item is None:
            break
        start, end = item.span("item")
        if sentence[start:end].split()[0] in TITLES or _DESCRIBED_ONLY.search(sentence, start, end):
            break  # the list has ended: a person follows ("..., President Ruto said") or a kind
        read += 1
        if most is not None and read > most:
            return []
        while start < end and sentence[start:end].split()[0] in NOT_NAMES:
            start += len(sentence[start:end].split()[0]) + 1
        # not "of Trade" of "Ministry of Trade", nor the count of "executives of 25 firms"
        if (
            start < end
            and not sentence[start].islower()
            and not _COUNT_OPENS.match(sentence, start)
        ):
            items.append((start, end))
        owned = _OWNER_OF.match(sentence, item.end())
        if owned is not None:
            items.append(owned.span("item"))
            item = owned
        separator = _SEPARATOR.match(sentence, item.end())
        if separator is None:
            break
        position = separator.end()
    return items


def joined(
    sentence: str, items: list[tuple[int, int]], gazetteer: CompanyDirectory
) -> list[tuple[int, int]]:
    """Rejoin a name split at its own "and": a known one ("Bank and Trust Company") or one whose
    second piece is only trade words ("PTT Oil and Retail Business")."""
    rejoined: list[tuple[int, int]] = []
    for start, end in items:
        if rejoined:
            left = sentence[rejoined[-1][0] : rejoined[-1][1]]
            gap = sentence[rejoined[-1][1] : start]
            right = sentence[start:end]
            known = gap == " and " and gazetteer.company(f"{left} and {right}") is not None
            if known or joins_previous(gap, right):
                rejoined[-1] = (rejoined[-1][0], end)
                continue
        rejoined.append((start, end))
    return rejoined


def listed_companies(
    sentence: str,
    offset: int,
    spans: list[tuple[int, int]],
    gazetteer: CompanyDirectory,
    home: KnownCountry | None,
) -> list[CompanyMention]:
    """The names at ``spans`` of the sentence that are companies, in order (``listed_company``)."""
    mentions = []
    for start, end in spans:
        mention = listed_company(sentence[start:end], offset + start, gazetteer, home)
        if mention is not None:
            mentions.append(mention)
    return mentions


def listed_company(
    text: str, start: int, gazetteer: CompanyDirectory, home: KnownCountry | None
) -> CompanyMention | None:
    """A list item as a company, unless it names a country or a city; "Rosatom's
    subsidiaries" names Rosatom, and "Germany's Voith" names Voith, of Germany."""
    text = text.rstrip(".").removesuffix("'s").removesuffix("\u2019s")
    owner = COUNTRY_OWNER.match(text)
    if owner is not None and (country := gazetteer.country(owner["owner"])) is not None:
        text, start, home = text[owner.end() :], start + owner.end(), country
    known = gazetteer.company(text)
    if known is None and not _coded_country(text, gazetteer) and not_a_company(text, gazetteer):
        return None
    if known is not None:
        return CompanyMention(
            known.name, start, start + len(text), known.country, known.wikidata, text
        )
    return CompanyMention(text, start, start + len(text), home.iso2 if home else None, None, text)


def _coded_country(text: str, gazetteer: CompanyDirectory) -> bool:
    """True for a name that is a country's only by its bare ISO code ("HT", "PE"): in a list
    of firms ("companies such as HT and Podravka") it names a firm, as news writes a country
    in full or by a short name it goes by ("US", "UK"), never by its code alone."""
    if len(text) != 2 or not text.isupper():
        return False
    country = gazetteer.country(text)
    return (
        country is not None
        and country.iso2 == text
        and text not in country.aliases
        and gazetteer.city(text) is None
        and gazetteer.organization(text) is None
    )
