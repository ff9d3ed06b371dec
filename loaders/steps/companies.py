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

from dkg.loaders.case_blind import folded
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAMES, WEEKDAYS
from dkg.loaders.steps.company_directory import (
    COUNTRY_OWNER,
    NAME,
    NOT_NAMES,
    WORD,
    CompanyDirectory,
    CompanyMention,
    KnownCountry,
    not_a_company,
)
from dkg.loaders.steps.company_home_names import with_home_in_name
from dkg.loaders.steps.company_lookalikes import NAMED_BY_CAUSE, written_as_currency
from dkg.loaders.steps.company_name_joins import generic_only, joins_previous
from dkg.loaders.steps.company_partners import partners_of_known
from dkg.loaders.steps.known_companies import (
    NAME_TOKEN,
    from_gazetteer,
    from_legal_forms,
    index_for,
)

# The mention type is re-exported: callers find everything about companies here.
__all__ = ["CompanyDirectory", "CompanyMention", "find_companies"]


_DESCRIPTION = (
    r"(?:[A-Z][\w.]*\s+){0,2}?[\w.]+-(?:based|owned|run|listed|headquartered|registered)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}"
)
"""What a list may say of a firm before its name: its seat or owner and its kind ("the Abu
Dhabi-based conglomerate X", "the state-owned miner Y"); no part of the name."""
_ITEM = rf"(?:the\s+)?(?:{_DESCRIPTION})?[\"\u00ab\u201c]?(?P<item>{NAME})[\"\u00bb\u201d]?"
"""A list item, maybe with its article and a description: "among them the Bank of Kigali and
the Nairobi-based lender Equity Bank"."""
_DESCRIBED_ONLY = re.compile(r"-(?:based|owned|run|listed|headquartered|registered)$")
"""An item that is only a description ("the Nairobi-based lenders"): the list names no firm
there."""
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+")
_ITEM_AT = re.compile(_ITEM)
_CUE = Prefiltered(
    r"\b(?:such\s+as|including|like|namely|among\s+them|among\s+which|notably)\s*:?\s+"
)
"""Matched on the lower-cased sentence (same offsets): case-insensitive scanning is slower."""
_COMPANY_NOUN = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|corporations?|enterprises?|giants?|majors?|businesses|groups|"
    r"brands|manufacturers|producers|\w*makers|\w*packers|operators|investors|players|banks|"
    r"lenders|insurers|airlines|carriers|miners|refiners|retailers|shipbuilders|utilities|"
    r"processors|traders|distributors|conglomerates|multinationals|exporters|suppliers|"
    r"contractors)\b",
    re.I,
)
_KINDS_BEFORE_LIST = Prefiltered(
    r"\b(?:companies|firms|corporations|enterprises|carmakers|automakers|steelmakers|chipmakers|"
    r"drugmakers|planemakers|shipbuilders|lenders|banks|insurers|airlines|miners|refiners|"
    r"retailers|brewers|conglomerates|multinationals|utilities|cooperatives|co-operatives)\s+"
)
"""A plural kind of firm right before two or more names: "lenders Absa and Equity Bank",
"dairy cooperatives Arla and Fonterra" (matched on the lower-cased sentence). Kinds that name
people or armed groups as well ("lawmakers", "groups", "investors", "producers") are left out."""
_DEMONYM_BEFORE = re.compile(r"\b(?P<demonym>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[a-z-]+\s+)?$")
_APPOSITIVE = Prefiltered(
    r"\b(?:company|firm|group|giant|carmaker|automaker|operator|manufacturer|producer|conglomerate|"
    r"developer|maker|lender|insurer|airline|carrier|major|start-?up|holding|corporation|"
    r"subsidiary|affiliate|miner|refiner|retailer|\w*builder|exporter|supplier|utility|"
    r"winery|brewery|distillery|shipyard|co-?operative|(?<=\w-)listed)\s+"
    rf"[\"\u00ab\u201c]?(?P<name>{NAME})"
)
"""A company named right after its kind or its stock market: "the state company Sonatrach",
"the Abu Dhabi firm G42", "the winery Vina Tarapaca", "the dairy cooperative Conaprole",
"Toronto-listed Barrick Mining"."""
_DESCRIBED = Prefiltered(
    r"(?:,|\s+(?:is|was|remains|has\s+become)|(?=\s+(?:are|were)\s+among))"
    r"\s+(?:are\s+|were\s+)?(?P<many>(?:one\s+of|among)\s+)?(?:the|a|an)\s+"
    r"(?:(?P<demonym>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+)?"
    r"(?:(?!of\b)[a-z][\w'\u2019-]*\s+){0,3}?"
    r"(?(demonym)|(?:(?P<later>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+)?)"
    r"(?:compan(?:y|ies)|firm|group|giant|conglomerate|multinational|lender|bank|insurer|airline|"
    r"utilit(?:y|ies)|miner|start-?up|\w*(?:maker|producer|builder|exporter|importer|operator|"
    r"manufacturer|supplier|retailer|carrier|developer|refiner|trader|distributor)"
    r"|(?P<farm>\w*(?:farmer|grower)))"
    r"(?(many)s?)(?![\w'\u2019-])"
)
"""A company its kind describes right after it: "Zespri, the kiwifruit exporter", "Granja
Azul, the largest shrimp farmer" (a farmer or grower only by its size: "a cocoa farmer" is a
person), "in Chile,
where Codelco is the largest producer", "X is among the main Chilean exporters" (one of many,
in the plural; the demonym before or after the other words), "A and B are among the Japanese
firms investing" (each name of the pair). The pattern reads the
description; the name is read back from it within ``_NAME_REACH`` characters, so that a long
run of capitals is never rescanned from every position."""
_SIZE = re.compile(r"\b(?:largest|biggest)\b")
"""The size that makes a farmer or grower a business: "the country's largest shrimp farmer";
not a rank ("a leading maize farmer", "a major grower"), which news gives people too."""
_GROUP = Prefiltered(
    rf"\b[Tt]he\s+(?P<name>(?:{NAME})\s+[Gg]roup)\b(?!\s+of\s+(?!compan))(?!{NAMED_BY_CAUSE})"
)
"""A firm named as a business group: "the Adani group", "the Salim Group" (not "the Lima Group
of countries": a group of states is named by what it groups, nor "the Leadership Group for
Industry Transition": a coalition named by its cause, see ``NAMED_BY_CAUSE``)."""
_PLANS_TO_PRODUCE = Prefiltered(
    rf"(?:^|(?<=[,;:]\s)|(?<=\bthat\s))(?P<name>{NAME})\s+(?:plans|intends|aims|is\s+set)\s+to\s+"
    r"(?:start\s+|begin\s+)?(?:produc(?:e|ing)|manufactur(?:e|ing)|assembl(?:e|ing))\b"
)
"""A firm told by what it will make: "Vinfast plans to produce electric buses in India". Only
making verbs: a country or a ministry that "plans to build" is no firm, and places, states and
bodies are dropped as in any list."""
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME})(?:\s+\([A-Z][\w&.-]*\))?$")
"""The name before a description, maybe with its short form in brackets: "Petroquimica Andina
(PQA) is the state refiner"."""
_NAME_REACH = 80
_STAFF_OF = Prefiltered(
    r"\b(?:(?:executives|representatives|ceos|chief\s+executives|bosses|managers|chairmen)\s+"
    r"(?:from|of)|joint\s+ventures?\s+with)\s+"
)
"""People sent by companies and ventures with them: "executives from A and B", "a joint venture
with A" (matched on the lower-cased sentence)."""
_CALENDAR = frozenset((*WEEKDAYS, *FULL_MONTH_NAMES))
_SUBJECT_START = re.compile(rf"(?:^|(?<=[,;:]\s))(?={WORD})")
_INVESTED = Prefiltered(
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:invested|opened|built|launched|signed|made|set\s+up)\b"
)
"""Checked before looking for subject lists: "A, B and C have invested" needs such a verb."""
_INVESTED_AFTER = re.compile(
    r"^\s+(?:have|has|had)\s+(?:\w+\s+)?(?:invested|opened|built|launched|signed|made|set\s+up)\b"
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
    index = index_for(gazetteer)
    words = NAME_TOKEN.findall(sentence)
    known = from_gazetteer(sentence, offset, gazetteer, index, words)
    found: dict[str, CompanyMention] = {}
    for mention in (
        *_uncut(_from_cue_lists(sentence, offset, gazetteer), known),
        *from_legal_forms(sentence, offset, gazetteer, index, words),
        *known,
        *_listed_with_known(sentence, offset, gazetteer, known),
        *partners_of_known(sentence, offset, gazetteer, known),
    ):
        if written_as_currency(sentence, mention.start - offset, mention.end - offset):
            continue  # "a loan of PLN 3 billion": the zloty, not the utility PLN
        mention = with_home_in_name(sentence, offset, mention, gazetteer)
        key = mention.name.casefold().replace(" ", "")
        if key not in found and not any(m.start <= mention.start < m.end for m in found.values()):
            found[key] = mention
    credit = _DATELINE_CREDIT.match(sentence)
    if credit is not None:
        # "Addis Ababa, December 21/2024 (ENA)": the agency that filed the story, not a company
        # the gazetteer happens to abbreviate alike.
        at, end = offset + credit.start("credit"), offset + credit.end("credit")
        found = {k: m for k, m in found.items() if not at <= m.start < end}
    return sorted(found.values(), key=lambda m: m.start)


def _uncut(mentions: list[CompanyMention], known: list[CompanyMention]) -> list[CompanyMention]:
    """The mentions but those a known company's name runs on past: "the group A.P. Moller -
    Maersk" read "A.P. Moller" where the gazetteer knows "Moller - Maersk", the company."""
    return [m for m in mentions if not any(k.start < m.end < k.end for k in known)]


_DATELINE_CREDIT = Prefiltered(
    r"\s*[A-Z][^,()\n]{0,40},\s+[^()\n]{0,40}?\d\s*\((?P<credit>[A-Z][\w .&'-]{0,40})\)"
    r"(?:\s*[-\u2013\u2014:]+)?\s+[A-Z]"
)
"""The agency's name in parentheses after the dateline's date that opens a story ("ASTANA,
Nov 2, 2024 (Kazinform) - The ..."), where a wire credits itself."""


def _from_cue_lists(
    sentence: str, offset: int, gazetteer: CompanyDirectory
) -> list[CompanyMention]:
    """Items of the lists that "companies such as" and "A, B and C have invested" introduce."""
    mentions: list[CompanyMention] = []
    for cue in _CUE.finditer(folded(sentence)):
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
    for kinds in _KINDS_BEFORE_LIST.finditer(folded(sentence)):
        items = _list_items(sentence, kinds.end())
        if len(items) < 2 or items[0][0] != kinds.end():
            continue  # one name is the appositive's; a lower-case word is no name
        demonym = _DEMONYM_BEFORE.search(sentence[: kinds.start()])
        home = gazetteer.country(demonym["demonym"]) if demonym else None
        for start, end in _joined(sentence, items, gazetteer):
            mention = _company(sentence[start:end], offset + start, gazetteer, home)
            if mention is not None:
                mentions.append(mention)
    for appositive in _APPOSITIVE.finditer(sentence):
        start, end = appositive.span("name")
        if sentence[start:end].split()[0] in NOT_NAMES | _CALENDAR:
            continue
        demonym = _DEMONYM_BEFORE.search(sentence[: appositive.start()])
        home = gazetteer.country(demonym["demonym"]) if demonym else None
        mention = _company(sentence[start:end], offset + start, gazetteer, home)
        if mention is not None:
            mentions.append(mention)
    for described in _DESCRIBED.finditer(sentence):
        if described["farm"] and _SIZE.search(described.group()) is None:
            continue  # "Kofi Mensah, a cocoa farmer": a person who farms
        reach = max(0, described.start() - _NAME_REACH)
        name = _NAME_BEFORE.search(sentence, reach, described.start())
        if name is None:
            continue
        start, end = name.span("name")
        while start < end and sentence[start:end].split()[0] in NOT_NAMES | _CALENDAR:
            start += len(sentence[start:end].split()[0]) + 1
        nationality = described["demonym"] or described["later"]
        home = gazetteer.country(nationality) if nationality else None
        mention = _company(sentence[start:end], offset + start, gazetteer, home)
        if start < end and mention is not None:
            mentions.append(mention)
        if described["many"] and sentence[described.start() :].lstrip().startswith(("are", "were")):
            mentions += _earlier_items(sentence, offset, start, gazetteer, home)
    for group in _GROUP.finditer(sentence):
        start, end = group.span("name")
        owner = group["name"].rsplit(None, 1)[0]  # "Lima" of "the Lima  Group", whatever space
        if not_a_company(owner, gazetteer) or gazetteer.country(owner) is not None:
            continue  # "the Lima Group", "the Arab Group": states grouped by a place or people
        mention = _company(sentence[start:end], offset + start, gazetteer, None)
        if mention is not None:
            mentions.append(mention)
    for maker in _PLANS_TO_PRODUCE.finditer(sentence):
        start, end = maker.span("name")
        if sentence[start:end].split()[0] in NOT_NAMES | _TITLES:
            continue  # "The ministry plans to produce", "President X plans to"
        mention = _company(sentence[start:end], offset + start, gazetteer, None)
        if mention is not None:
            mentions.append(mention)
    for staff in _STAFF_OF.finditer(folded(sentence)):
        for start, end in _joined(sentence, _list_items(sentence, staff.end()), gazetteer):
            if sentence[start:end].endswith(("'s", "\u2019s")):
                continue  # "representatives of Chile's mining sector": a country's, not a firm
            mention = _company(sentence[start:end], offset + start, gazetteer, None)
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


_EARLIER_ITEM = re.compile(rf"(?P<name>{NAME})(?:\s*,\s*|\s*,?\s+and\s+)$")
"""A name and the separator before the next item of a list: "Hitachi Zosen and "."""


def _earlier_items(
    sentence: str, offset: int, start: int, gazetteer: CompanyDirectory, home: KnownCountry | None
) -> list[CompanyMention]:
    """The names listed before the last one, read back from ``start``: "A, B and" before C."""
    mentions = []
    while (item := _EARLIER_ITEM.search(sentence, max(0, start - _NAME_REACH), start)) is not None:
        start = item.start("name")
        mention = _company(item["name"], offset + start, gazetteer, home)
        if mention is None:
            break
        mentions.append(mention)
    return mentions


def _listed_with_known(
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
        items = _joined(sentence, _list_items(sentence, start), gazetteer)
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
                mention = _company(name, offset + item_start, gazetteer, None)
                if mention is not None:
                    mentions.append(mention)
    return mentions


def _trade_named(words: list[str]) -> bool:
    """Whether a name of two or more capitalised words ends on a trade or a firm ("Kestrel
    Foods") and holds no title ("Minister"), as a firm's name does and a body's or a person's
    does not."""
    return (
        len(words) > 1
        and all(w[0].isupper() and w not in _TITLES for w in words)
        and generic_only(words[-1])
    )


def _firm_shaped(words: list[str]) -> bool:
    """Whether a name is shaped as only a firm's is: it ends on a trade word ("Kestrel Foods")
    or joins capitalised words with an ampersand ("Hanil E&C", "Marks & Spencer"), which no
    person's or place's name does."""
    return _trade_named(words) or (
        all(w[0].isupper() or w == "&" for w in words) and any("&" in w for w in words)
    )


_COUNT_OPENS = re.compile(r"\d[\d,.]*(?!\S)")
"""A number standing alone ("25", "1,200"), which counts firms rather than names one ("3M")."""


def _list_items(sentence: str, position: int) -> list[tuple[int, int]]:
    """Spans of the capitalised names listed from ``position``: "A, B C, and D"."""
    items = []
    while True:
        item = _ITEM_AT.match(sentence, position)
        if item is None:
            break
        start, end = item.span("item")
        if sentence[start:end].split()[0] in _TITLES or _DESCRIBED_ONLY.search(
            sentence, start, end
        ):
            break  # the list has ended: a person follows ("..., President Ruto said") or a kind
        while start < end and sentence[start:end].split()[0] in NOT_NAMES:
            start += len(sentence[start:end].split()[0]) + 1
        # not "of Trade" of "Ministry of Trade", nor the count of "executives of 25 firms"
        if (
            start < end
            and not sentence[start].islower()
            and not _COUNT_OPENS.match(sentence, start)
        ):
            items.append((start, end))
        separator = _SEPARATOR.match(sentence, item.end())
        if separator is None:
            break
        position = separator.end()
    return items


def _joined(
    sentence: str, items: list[tuple[int, int]], gazetteer: CompanyDirectory
) -> list[tuple[int, int]]:
    """Rejoin a name split at its own "and": a known one ("Bank and Trust Company") or one whose
    second piece is only trade words ("PTT Oil and Retail Business")."""
    joined: list[tuple[int, int]] = []
    for start, end in items:
        if joined:
            left = sentence[joined[-1][0] : joined[-1][1]]
            gap = sentence[joined[-1][1] : start]
            right = sentence[start:end]
            known = gap == " and " and gazetteer.company(f"{left} and {right}") is not None
            if known or joins_previous(gap, right):
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _company(
    text: str, start: int, gazetteer: CompanyDirectory, home: KnownCountry | None
) -> CompanyMention | None:
    """A list item as a company, unless it names a country or a city; "Rosatom's
    subsidiaries" names Rosatom, and "Germany's Voith" names Voith, of Germany."""
    text = text.rstrip(".").removesuffix("'s").removesuffix("\u2019s")
    owner = COUNTRY_OWNER.match(text)
    if owner is not None and (country := gazetteer.country(owner["owner"])) is not None:
        text, start, home = text[owner.end() :], start + owner.end(), country
    known = gazetteer.company(text)
    if known is None and not_a_company(text, gazetteer):
        return None
    if known is not None:
        return CompanyMention(
            known.name, start, start + len(text), known.country, known.wikidata, text
        )
    return CompanyMention(text, start, start + len(text), home.iso2 if home else None, None, text)
