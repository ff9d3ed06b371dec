"""Find the companies a sentence names, from cues, legal forms and a gazetteer of known companies.

Three kinds of evidence, from strongest to weakest:

- a cue that introduces a list: "companies such as A, B and C", "French firms, including giants
  such as A and B", "energy majors like A"; every capitalised item of the list is a company
  unless it is a country or a city;
- a legal form: "KazMunayGas JSC", "JSC NC «KazMunayGas»", "Siemens AG", "Acme Ltd.";
- the gazetteer: a known company's name or multi-word alias anywhere ("TotalEnergies",
  "Total Energies"). One-word aliases that are also ordinary words ("Total") count only in a
  cue list.

Names are normalised through the gazetteer ("Total Energies" -> "TotalEnergies"), which also
gives the home country and Wikidata id; otherwise the country comes from a demonym before the
cue ("French companies such as ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class KnownCompany(Protocol):
    """A gazetteer company: name, aliases, home country (ISO2) and Wikidata id."""

    @property
    def name(self) -> str:
        """The canonical name."""
        ...

    @property
    def aliases(self) -> Sequence[str]:
        """Other names and spellings."""
        ...

    @property
    def country(self) -> str:
        """ISO 3166-1 alpha-2 code of the home country."""
        ...

    @property
    def wikidata(self) -> str | None:
        """The Wikidata item (``Q...``), if known."""
        ...


class KnownPlace(Protocol):
    """A gazetteer country or city; only its existence matters here."""


class KnownCountry(Protocol):
    """A gazetteer country; the demonym cue needs its ISO2 code."""

    @property
    def iso2(self) -> str:
        """ISO 3166-1 alpha-2 code."""
        ...


class CompanyDirectory(Protocol):
    """What ``find_companies`` needs of the gazetteer (``load_gazetteer()`` provides it)."""

    @property
    def companies(self) -> Sequence[KnownCompany]:
        """Every known company."""
        ...

    @property
    def company_legal_suffixes(self) -> Sequence[str]:
        """Legal forms written after or before a company name ("LLC", "JSC", "GmbH")."""
        ...

    def company(self, name: str) -> KnownCompany | None:
        """The known company with this name or alias, with or without its legal form."""
        ...

    def country(self, key: str) -> KnownCountry | None:
        """The country with this name, alias or demonym."""
        ...

    def organization(self, name: str) -> object | None:
        """The known organisation (agency, fund, development bank...) with this name or alias."""
        ...

    def city(self, name: str, country_iso2: str | None = None) -> KnownPlace | None:
        """The city with this name."""
        ...


@dataclass(frozen=True)
class CompanyMention:
    """A company named in a sentence; ``start``/``end`` are document offsets of ``text``.

    ``name`` is normalised (the gazetteer's canonical name, else the words without legal form).
    """

    name: str
    start: int
    end: int
    country_iso2: str | None
    wikidata: str | None
    text: str


_WORD = r"[A-Z0-9][\w&'.\-]*[\w&]|[A-Z]"
_NAME = rf"(?:{_WORD})(?:\s+(?:(?:&|de|du|des|da|von|van|der|y|of|for)\s+)?(?:{_WORD}))*"
_ITEM = rf"[\"\u00ab\u201c]?(?P<item>{_NAME})[\"\u00bb\u201d]?"
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+")
_ITEM_AT = re.compile(_ITEM)
_CUE = re.compile(
    r"\b(?:such\s+as|including|like|namely|among\s+them|among\s+which|notably)\s*:?\s+"
)
"""Matched on the lower-cased sentence (same offsets): case-insensitive scanning is slower."""
_COMPANY_NOUN = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|corporations?|enterprises?|giants?|majors?|businesses|groups|"
    r"brands|manufacturers|producers|makers|operators|investors|players|banks|automakers|"
    r"carmakers|conglomerates|multinationals|exporters|suppliers|contractors)\b",
    re.I,
)
_DEMONYM_BEFORE = re.compile(r"\b(?P<demonym>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[a-z-]+\s+)?$")
_APPOSITIVE = re.compile(
    r"\b(?:company|firm|group|giant|carmaker|automaker|operator|manufacturer|producer|conglomerate|"
    r"developer|maker|lender|insurer|airline|carrier|major|start-?up|holding|corporation)\s+"
    rf"[\"\u00ab\u201c]?(?P<name>{_NAME})"
)
"""A company named right after its kind: "the state company Sonatrach", "the Abu Dhabi firm G42"."""
_CALENDAR = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
_SUBJECT_START = re.compile(rf"(?:^|(?<=[,;:]\s))(?={_WORD})")
_INVESTED = re.compile(
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:invested|opened|built|launched|signed|made|set\s+up)\b"
)
"""Checked before looking for subject lists: "A, B and C have invested" needs such a verb."""
_INVESTED_AFTER = re.compile(
    r"^\s+(?:have|has|had)\s+(?:\w+\s+)?(?:invested|opened|built|launched|signed|made|set\s+up)\b"
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "They",
        "Their",
        "We",
        "Our",
        "He",
        "His",
        "She",
        "Her",
        "In",
        "On",
        "At",
        "For",
        "With",
        "And",
        "Or",
        "But",
        "President",
        "Minister",
        "Prime",
        "Government",
        "Ministry",
        "Embassy",
    ]
)


_TITLES = frozenset(
    (
        *("President", "Minister", "Prime", "Premier", "Chancellor", "King", "Queen", "Prince"),
        *("Sheikh", "Emir", "Ambassador", "Secretary", "Governor", "Mayor", "Chairman"),
        *("Director", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."),
    )
)
"""Words that open a person's name: a list item starting with one is no company."""


def find_companies(sentence: str, offset: int, gazetteer: CompanyDirectory) -> list[CompanyMention]:
    """The companies one sentence names; ``offset`` places it in the document.

    Each company is reported once per sentence, at its first mention.
    """
    index = _index_for(gazetteer)
    words = _NAME_TOKEN.findall(sentence)
    found: dict[str, CompanyMention] = {}
    for mention in (
        *_from_cue_lists(sentence, offset, gazetteer),
        *_from_legal_forms(sentence, offset, gazetteer, index, words),
        *_from_gazetteer(sentence, offset, gazetteer, index, words),
    ):
        key = mention.name.casefold().replace(" ", "")
        if key not in found and not any(m.start <= mention.start < m.end for m in found.values()):
            found[key] = mention
    return sorted(found.values(), key=lambda m: m.start)


def _from_cue_lists(
    sentence: str, offset: int, gazetteer: CompanyDirectory
) -> list[CompanyMention]:
    """Items of the lists that "companies such as" and "A, B and C have invested" introduce."""
    mentions: list[CompanyMention] = []
    for cue in _CUE.finditer(sentence.lower()):
        before = sentence[max(0, cue.start() - 70) : cue.start()]
        nouns = list(_COMPANY_NOUN.finditer(before))
        if not nouns or re.search(r"[.;]", before[nouns[-1].end() :]):
            continue
        home = None
        for noun in reversed(nouns):
            demonym = _DEMONYM_BEFORE.search(before[: noun.start()])
            home = gazetteer.country(demonym["demonym"]) if demonym else None
            if home is not None:
                break
        for start, end in _joined(sentence, _list_items(sentence, cue.end()), gazetteer):
            mention = _company(sentence[start:end], offset + start, gazetteer, home)
            if mention is not None:
                mentions.append(mention)
    for appositive in _APPOSITIVE.finditer(sentence):
        start, end = appositive.span("name")
        if sentence[start:end].split()[0] in _NOT_NAMES | _CALENDAR:
            continue
        demonym = _DEMONYM_BEFORE.search(sentence[: appositive.start()])
        home = gazetteer.country(demonym["demonym"]) if demonym else None
        mention = _company(sentence[start:end], offset + start, gazetteer, home)
        if mention is not None:
            mentions.append(mention)
    if _INVESTED.search(sentence) is None:
        return mentions
    for subject in _SUBJECT_START.finditer(sentence):
        items = _list_items(sentence, subject.start())
        if len(items) < 2 or not _INVESTED_AFTER.match(sentence[items[-1][1] :]):
            continue
        known = [sentence[s:e] for s, e in items if gazetteer.company(sentence[s:e])]
        if 2 * len(known) >= len(items):
            for start, end in items:
                mention = _company(sentence[start:end], offset + start, gazetteer, None)
                if mention is not None:
                    mentions.append(mention)
    return mentions


def _list_items(sentence: str, position: int) -> list[tuple[int, int]]:
    """Spans of the capitalised names listed from ``position``: "A, B C, and D"."""
    items = []
    while True:
        item = _ITEM_AT.match(sentence, position)
        if item is None:
            break
        start, end = item.span("item")
        if sentence[start:end].split()[0] in _TITLES:
            break  # "..., President Ruto said": the list has ended, a person follows
        while start < end and sentence[start:end].split()[0] in _NOT_NAMES:
            start += len(sentence[start:end].split()[0]) + 1
        if start < end:
            items.append((start, end))
        separator = _SEPARATOR.match(sentence, item.end())
        if separator is None:
            break
        position = separator.end()
    return items


def _joined(
    sentence: str, items: list[tuple[int, int]], gazetteer: CompanyDirectory
) -> list[tuple[int, int]]:
    """Rejoin a known name split at its own "and": "Bank and Trust Company"."""
    joined: list[tuple[int, int]] = []
    for start, end in items:
        if joined:
            left = sentence[joined[-1][0] : joined[-1][1]]
            gap = sentence[joined[-1][1] : start]
            right = sentence[start:end]
            if gap == " and " and gazetteer.company(f"{left} and {right}") is not None:
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _company(
    text: str, start: int, gazetteer: CompanyDirectory, home: KnownCountry | None
) -> CompanyMention | None:
    """A list item as a company, unless it names a country or a city."""
    text = text.rstrip(".")
    known = gazetteer.company(text)
    if known is None and _not_a_company(text, gazetteer):
        return None
    if known is not None:
        return CompanyMention(
            known.name, start, start + len(text), known.country, known.wikidata, text
        )
    return CompanyMention(text, start, start + len(text), home.iso2 if home else None, None, text)


def _not_a_company(name: str, gazetteer: CompanyDirectory) -> bool:
    """True for a country, a city or a known organisation: "Qatar", "Doha", "the PIF".

    An organisation is known with or without a legal form after it ("Khazna Capital LLC").
    """
    if gazetteer.country(name) or gazetteer.city(name) or gazetteer.organization(name):
        return True
    legal = {form.rstrip(".") for form in gazetteer.company_legal_suffixes}
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in legal:
        words.pop()
    return len(words) < len(name.split()) and bool(gazetteer.organization(" ".join(words)))


def _from_legal_forms(
    sentence: str, offset: int, gazetteer: CompanyDirectory, index: _Index, words: list[str]
) -> list[CompanyMention]:
    """Names carrying a legal form before or after them: "Acme LLC", "JSC «Acme»".

    ``words`` are the sentence's ``_NAME_TOKEN`` tokens, read once for both gazetteer scans.
    """
    if index.suffixes is None or index.legal_first_words.isdisjoint(words):
        return []
    for form in index.legal_forms:
        if form in sentence:
            break
    else:
        return []  # every match holds a legal form as written, and most sentences have none
    mentions = []
    for match in index.suffixes.finditer(sentence):
        words = (match["after"] or match["before"] or "").split()
        while words and (words[0] in _NOT_NAMES or words[0].rstrip(".") in index.legal_forms):
            words.pop(0)
        while words and words[-1].rstrip(".") in index.legal_forms:
            words.pop()
        if not words:
            continue
        name = " ".join(words)
        start = match.start()
        text = match.group().strip()
        known = gazetteer.company(text) or gazetteer.company(name)
        if known is not None:
            mention = CompanyMention(
                known.name,
                offset + start,
                offset + match.end(),
                known.country,
                known.wikidata,
                text,
            )
        elif _not_a_company(name, gazetteer) or _not_a_company(text.strip(), gazetteer):
            continue
        else:
            # An unknown company keeps its name as written, legal form included.
            written = text[len(text) - len(text.lstrip()) :].strip('"\u00ab\u00bb\u201c\u201d ')
            written = re.sub(r"[\"\u00ab\u00bb\u201c\u201d]", "", written)
            mention = CompanyMention(
                written, offset + start, offset + match.end(), None, None, text
            )
        mentions.append(mention)
    return mentions


def _from_gazetteer(
    sentence: str, offset: int, gazetteer: CompanyDirectory, index: _Index, words: list[str]
) -> list[CompanyMention]:
    """Known companies named anywhere by their name or a multi-word alias.

    Names are looked up by their first word, then by their whole run of words, which costs far
    less than matching an alternation of every name at every position. Most sentences hold no
    first word of any name (``words`` are their tokens), so they skip the scan with offsets.
    """
    lengths = index.lengths
    if lengths.keys().isdisjoint(words):
        return []
    starts = [i for i, word in enumerate(words) if word in lengths]
    if not starts:
        return []
    mentions = []
    tokens: list[re.Match[str]] = []
    resume = 0
    for i in starts:
        if i < resume:
            continue  # inside a name already found
        for length in lengths[words[i]]:
            if i + length > len(words):
                continue
            key = " ".join(words[i : i + length])
            if key not in index.names:
                continue
            tokens = tokens or list(_NAME_TOKEN.finditer(sentence))
            start, end = tokens[i].start(), tokens[i + length - 1].end()
            if sentence[start - 1 : start] == "-" or sentence[end : end + 1] == "-":
                continue
            text = sentence[start:end]
            known = gazetteer.company(text)
            run = _capitalised_run(sentence, start, end)
            if known is None or (run != text and gazetteer.company(run) is None):
                continue  # part of a longer name: "African Continental Free Trade Area"
            mentions.append(
                CompanyMention(
                    known.name, offset + start, offset + end, known.country, known.wikidata, text
                )
            )
            resume = i + length
            break
    return mentions


_NAME_TOKEN = re.compile(r"\w+|[^\w\s]")


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w&'-]*\s+)+$")
_CAPITALISED_AFTER = re.compile(r"(?:\s+[A-Z][\w&'-]*)+")
_FIRST_WORD = re.compile(r"\s*\S+\s+")


def _capitalised_run(sentence: str, start: int, end: int) -> str:
    """The run of capitalised words around a match; the sentence's first word does not count."""
    first = _FIRST_WORD.match(sentence)
    floor = min(first.end() if first else 0, start)
    before = _CAPITALISED_BEFORE.search(sentence, floor, start)
    after = _CAPITALISED_AFTER.match(sentence, end)
    return sentence[before.start() if before else start : after.end() if after else end]


@dataclass(frozen=True)
class _Index:
    names: frozenset[str]
    """Every usable name or alias, as its words joined by single spaces."""
    lengths: dict[str, tuple[int, ...]]
    """For each first word, the lengths (in words) of the names it starts, longest first."""
    suffixes: re.Pattern[str] | None
    legal_forms: frozenset[str]
    legal_first_words: frozenset[str]
    """First words of the legal forms: a sentence with none of them has no legal form."""


_LAST: list[tuple[CompanyDirectory, _Index]] = []


def _index_for(gazetteer: CompanyDirectory) -> _Index:
    """Patterns over the gazetteer's names and legal forms, built once per gazetteer object."""
    if _LAST and _LAST[0][0] is gazetteer:
        return _LAST[0][1]
    forms = {
        form
        for company in gazetteer.companies
        for form in (company.name, *company.aliases)
        if form == company.name or " " in form or not form.isalpha() or not form.istitle()
    }
    keys = {" ".join(_NAME_TOKEN.findall(form)) for form in forms}
    lengths: dict[str, set[int]] = {}
    for key in keys:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    legal = sorted({s.rstrip(".") for s in gazetteer.company_legal_suffixes}, key=len, reverse=True)
    alternation = "|".join(re.escape(s) + r"\.?" for s in legal)
    suffixes = (
        re.compile(
            rf"(?<![\w-])(?:(?!(?:{alternation})\s)(?P<after>{_NAME})\s*,?\s+(?:{alternation})(?![\w-])"
            rf"|(?:(?:{alternation})\s+)+(?:National\s+Company\s+)?[\"\u00ab\u201c]?"
            rf"(?P<before>{_NAME})[\"\u00bb\u201d]?)"
        )
        if legal
        else None
    )
    index = _Index(
        frozenset(keys),
        {word: tuple(sorted(n, reverse=True)) for word, n in lengths.items()},
        suffixes,
        frozenset(legal),
        frozenset(_NAME_TOKEN.findall(form)[0] for form in legal if form),
    )
    _LAST[:] = [(gazetteer, index)]
    return index
