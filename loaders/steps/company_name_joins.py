"""Company names that hold their own "and": "Delta Trading and Contracting Company".

Many firms name the lines of business they are in, joined by "and" ("... General Trading and
Contracting Company", "... Oil and Retail Business", "... Engineering and Construction"). Read
at its "and", such a name falls into a company and a piece made only of words that describe a
trade and a firm ("Contracting Company", "Retail Business"), which names no one. A piece that
holds one word of its own ("Acme Company", "Exxon") is a company of its own, so "Siemens and
Acme Company" stays two.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.company_lookalikes import MEMBERS_HEAD

# fmt: off
_GENERIC = frozenset((
    # lines of business
    "trading", "contracting", "retail", "wholesale", "construction", "engineering", "industries",
    "industrial", "industry", "investment", "investments", "development", "services", "service",
    "marketing", "manufacturing", "logistics", "shipping", "transport", "transportation",
    "oil", "gas", "petroleum", "petrochemicals", "petrochemical", "chemicals", "chemical",
    "mining", "metallurgy", "metallurgical", "metals", "steel", "cement", "power", "energy",
    "electric", "electrical", "electronics", "telecommunications", "telecom", "communications",
    "technology", "technologies", "commercial", "general", "finance", "financial", "insurance",
    "banking", "real", "estate", "properties", "property", "consulting", "consultancy",
    "agriculture", "agricultural", "food", "foods", "textiles", "distribution", "supply",
    "supplies", "maintenance", "operations", "import", "export", "imports", "exports",
    "equipment", "machinery", "pharmaceuticals", "pharmaceutical", "healthcare", "media",
    "publishing", "printing", "travel", "tourism", "hospitality", "aviation", "marine",
    "infrastructure", "utilities", "water", "projects", "solutions", "systems", "resources",
    "mineral", "minerals", "mines",
    # words for a firm
    "business", "businesses", "company", "co", "corporation", "corp", "group", "holding", "bank",
    "holdings", "enterprise", "enterprises", "establishment", "est", "firm", "partners",
    "limited", "ltd", "llc", "plc", "inc",
))
# fmt: on
"""Words that say what trade a firm is in or that it is a firm, and nothing about which firm."""
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d+")
_BEFORE_AND = re.compile(r"\s+and\s+$")


def generic_only(name: str) -> bool:
    """Whether a name is made only of words for a trade and a firm, so it names no one firm.

    >>> generic_only("Retail Business"), generic_only("Contracting Company."), generic_only("Acme")
    (True, True, False)
    """
    words = _WORD.findall(name)
    return bool(words) and all(w.casefold() in _GENERIC for w in words)


def names_a_trade(name: str) -> bool:
    """Whether a name is only the names of trades ("Trading", "Contracting and Marketing"),
    which a firm's name holds and a person's never does: in "Delta General Trading", "General"
    is no army rank before someone called "Trading". A trade word that is also a family name
    ("Power", "Gas") is left to its context: only words of a trade ending in "-ing" count.

    >>> names_a_trade("Trading"), names_a_trade("Power"), names_a_trade("Manning")
    (True, False, False)
    """
    words = [w for w in _WORD.findall(name) if w.casefold() != "and"]
    return bool(words) and all(w.casefold() in _GENERIC and w.endswith("ing") for w in words)


def joins_previous(gap: str, right: str) -> bool:
    """Whether ``right``, written after ``gap`` (" and "), ends the name before it rather than
    starting one of its own: "PTT Oil" + " and " + "Retail Business"; "German Near" + " and " +
    "Middle East Association", a body whose name holds its "and" before its head."""
    return gap == " and " and (generic_only(right) or MEMBERS_HEAD.search(right) is not None)


def joined_start(sentence: str, start: int, earlier: re.Pattern[str]) -> int:
    """Where a name of only trade words at ``start`` really begins: at the name ``earlier``
    finds ending just before its "and" ("Delta General Trading and [Contracting Company]"), or
    at ``start`` itself when no "and" and name come before it."""
    gap = _BEFORE_AND.search(sentence, 0, start)
    if gap is None:
        return start
    before = earlier.search(sentence, max(0, gap.start() - 80), gap.start())
    if before is None or before.end() != gap.start():
        return start
    return before.start()


_FOR_FIRM = re.compile(
    r"\s+for\s+(?:(?:[A-Z][\w'\u2019&-]*|de|del|da|do|du|des|of|and|&)\s+){0,5}"
    r"(?:Airlines|Airways|Company|Corporation|Group|Bank|Holdings|Limited|Ltd|Plc|Inc)\.?$"
)
"""A "for" that names the firm the first one works for: in "aircraft from Embraer for Biman
Bangladesh Airlines", the "for" is the sentence's, not a word of a name such as "Bank for
International Settlements", which no word for a firm closes."""


def name_before_client(name: str) -> str:
    """The name up to a "for" that names another firm after it ("Embraer for Biman Bangladesh
    Airlines" is Embraer), else the whole name.

    >>> name_before_client("Embraer for Biman Bangladesh Airlines")
    'Embraer'
    >>> name_before_client("Bank for International Settlements")
    'Bank for International Settlements'
    """
    client = _FOR_FIRM.search(name)
    return name[: client.start()] if client else name
