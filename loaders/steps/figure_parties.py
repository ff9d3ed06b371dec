"""The reporter and the partner of an economic figure: whose trade, exports or investment it is.

A figure about a pair of countries is only useful with both of them: "$104bn of exports" means
nothing until one knows that Brazil sold it to China. The sentence says so in a handful of ways,
read here from the words just before each country it names:

- "trade between Brazil and China", "Brazil-China trade", "Kazakh-French trade": the first
  country reports, the second is the partner;
- "Brazil's exports to China", "Saudi investment in Egypt", "German firms active in Poland":
  a possessive, a demonym or a subject reports; a country after "to", "in", "into", "with" is
  the partner;
- "imports from China" (the country sold to the reporter: partner), "investment from Japan"
  and "exports from Brazil" (the country that invests or sells: reporter).

What the sentence leaves open comes from the document's two main countries: "trade with
France" in an article about Kazakhstan and France is Kazakhstan's, and "bilateral trade" or a
bare "trade turnover" is between the two. Exports, imports and investment with no country at
all stay without reporter, since either side could be reporting them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CountryAt:
    """A country the sentence names (by name or demonym), at offsets into the sentence."""

    start: int
    end: int
    iso2: str


@dataclass(frozen=True)
class Parties:
    """Reporter and partner (ISO2) of one figure; either may be unknown."""

    reporter: str | None = None
    partner: str | None = None


def ranked_countries(mentions: Sequence[str]) -> tuple[str, ...]:
    """The countries a document is about (ISO2, one per mention), most-mentioned first.

    Only countries named at least twice count, and the list stops before a tie for second
    place: an article about Saudi Arabia and Egypt that names Lebanon once must not give
    Lebanon half of "bilateral trade".

    >>> ranked_countries(["KZ", "FR", "KZ", "FR", "FR", "DE"])
    ('FR', 'KZ')
    >>> ranked_countries(["EG", "EG", "LB", "LB", "SA", "SA"])
    ('EG',)
    """
    counts = [(iso2, n) for iso2, n in Counter(mentions).most_common() if n > 1]
    if len(counts) > 2 and counts[1][1] == counts[2][1]:
        counts = counts[:1]
    return tuple(iso2 for iso2, _ in counts)


_PARTNER_BEFORE = re.compile(r"\b(?:to|into|in|with|towards)\s+(?:the\s+)?$", re.I)
_INTO_BEFORE = re.compile(r"\binto\s+(?:the\s+)?$", re.I)
"""The country goods come into, which for imports is the one that buys them."""
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_POSSESSIVE_AFTER = re.compile(r"^(?:'s|\u2019s|')", re.I)
_OWNER_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:exports?|imports?|investments?|investors?|trade|surplus|deficit|"
    r"capital|companies|firms|enterprises|businesses|subsidiaries|workers|students|tourists)\b",
    re.I,
)
"""A country that owns the noun after it: "Indian exports", "Korean companies", "China's"."""
_GOODS_AFTER = re.compile(r"^\s+(?:goods|products|merchandise)\b", re.I)
"""Goods of a country, which for exports it sold: "Japan bought Chilean goods worth ..."."""
_BUYER_AFTER = re.compile(r"^(?:'s|\u2019s)\s+purchases\s+of\b", re.I)
_SELLER_BEFORE = re.compile(r"\bpurchases\s+of\s+$", re.I)
"""Who buys and who sells in "Egypt's purchases of Kazakh wheat": exports of the seller,
Kazakhstan, to the buyer."""
_COMPOUND_AFTER = re.compile(r"^\s*[-\u2013\u2014/]\s*$")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\b")
_CURRENCY_AFTER = re.compile(r"^\s+(?:dollars?|pounds?|yuan|yen|rupees?|won|francs?)\b", re.I)
_BILATERAL = re.compile(
    r"\b(?:bilateral|two-way|mutual|reciprocal|between\s+(?:the\s+two|our\s+(?:two\s+)?)"
    r"(?:countries|nations|states|economies)|between\s+them)\b",
    re.I,
)
_TRADE_WORD = re.compile(r"\b(?:trade|turnover|commerce|commodity\s+circulation)\b", re.I)


def find_parties(
    sentence: str,
    start: int,
    end: int,
    kind: str,
    countries: Sequence[CountryAt],
    main_pair: tuple[str, str] | None,
) -> Parties:
    """Reporter and partner of the figure whose amount is ``sentence[start:end]``.

    ``kind`` is the figure's kind code, or ``growth_percent`` with what grew ("growth of
    trade turnover"). ``countries`` are the countries the sentence names (amounts such as "US
    dollars" already left out); ``main_pair`` the document's two main countries, if it has them.

    >>> s = "Brazilian exports to China reached $104 billion."
    >>> find_parties(s, 35, 47, "exports", [CountryAt(0, 9, "BR"), CountryAt(21, 26, "CN")], None)
    Parties(reporter='BR', partner='CN')
    """
    here = [c for c in countries if not _CURRENCY_AFTER.match(sentence[c.end :])]
    low, high = _clause(sentence, start, end)
    near = [c for c in here if low <= c.start < high]
    if not near and main_pair is not None and _is_bilateral(sentence[low:high], kind):
        return Parties(*main_pair)
    reporter, partner = _roles(sentence, kind, near or here)
    if main_pair is not None:
        reporter, partner = _complete(reporter, partner, main_pair)
    if reporter == partner:
        partner = None
    return Parties(reporter, partner)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence between the clause breaks around an amount."""
    low, high = 0, len(sentence)
    for found in _CLAUSE_BREAK.finditer(sentence):
        if found.end() <= start:
            low = found.end()
        elif found.start() >= end:
            high = found.start()
            break
    return low, high


def _roles(
    sentence: str, kind: str, countries: Sequence[CountryAt]
) -> tuple[str | None, str | None]:
    """Reporter and partner from the words around each country, in the order they are named."""
    reporters: list[str] = []
    partners: list[str] = []
    others: list[str] = []
    for n, country in enumerate(countries):
        before = sentence[max(0, country.start - 20) : country.start]
        after = sentence[country.end : country.end + 40]
        if kind == "exports" and _BUYER_AFTER.match(after):
            partners.append(country.iso2)
        elif _BETWEEN_BEFORE.search(before) or (
            kind == "exports" and _SELLER_BEFORE.search(before)
        ):
            reporters.append(country.iso2)
        elif _FROM_BEFORE.search(before):
            (partners if kind == "imports" else reporters).append(country.iso2)
        elif _OWNER_AFTER.match(after) or (kind == "exports" and _GOODS_AFTER.match(after)):
            reporters.append(country.iso2)
        elif kind == "imports" and _GOODS_AFTER.match(after):
            partners.append(country.iso2)  # "imports of Chinese goods": China sold them
        elif kind == "imports" and _INTO_BEFORE.search(before):
            reporters.append(country.iso2)  # "imports ... into India": India bought them
        elif _PARTNER_BEFORE.search(before):
            partners.append(country.iso2)
        elif _POSSESSIVE_AFTER.match(after) or _compound_head(sentence, countries, n):
            reporters.append(country.iso2)
        else:
            others.append(country.iso2)
    reporter = reporters[0] if reporters else None
    rest = [c for c in reporters[1:] + others if c != reporter]
    partner = next((c for c in partners if c != reporter), None)
    if reporter is None and rest:
        reporter = next((c for c in rest if c != partner), None)
    if partner is None:
        partner = next((c for c in rest if c not in (reporter, partner)), None)
    return reporter, partner


def _compound_head(sentence: str, countries: Sequence[CountryAt], n: int) -> bool:
    """True for the first country of a compound: "Brazil-China", "Kazakh-French"."""
    if n + 1 >= len(countries):
        return False
    return bool(_COMPOUND_AFTER.match(sentence[countries[n].end : countries[n + 1].start]))


def _complete(
    reporter: str | None, partner: str | None, pair: tuple[str, str]
) -> tuple[str | None, str | None]:
    """Fill the side the sentence leaves open with the other main country of the document."""
    if reporter in pair and partner is None:
        return reporter, pair[1] if reporter == pair[0] else pair[0]
    if partner in pair and reporter is None:
        return (pair[1] if partner == pair[0] else pair[0]), partner
    return reporter, partner


def _is_bilateral(clause: str, kind: str) -> bool:
    """True when a clause that names no country states the pair's figure: "bilateral trade",
    "trade turnover reached"; exports or investment could be either side's, so they are not."""
    if kind in ("exports", "imports", "investment"):
        return False
    if _BILATERAL.search(clause):
        return True
    return kind in ("trade_turnover", "growth_percent") and _TRADE_WORD.search(clause) is not None
