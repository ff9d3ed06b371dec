"""Companies that a description right after their name tells: "Zespri, the kiwifruit exporter".

The pattern reads the description; the name is read back from it within ``_NAME_REACH``
characters, so that a long run of capitals is never rescanned from every position. A
description of one of many ("X is among the main Chilean exporters", "A and B are among the
Japanese firms investing") names the items listed before the last one too.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.company_directory import (
    NAME,
    NOT_NAMES,
    CompanyDirectory,
    CompanyMention,
    KnownCountry,
)
from dkg.loaders.steps.company_lists import CALENDAR, listed_company

DESCRIBED = Prefiltered(
    r"(?:,|\s+(?:is|was|remains|has\s+become)|(?=\s+(?:are|were)\s+among))"
    r"\s+(?:are\s+|were\s+)?(?P<many>(?:one\s+of|among)\s+)?(?:the|a|an)\s+"
    r"(?:(?P<demonym>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+)?"
    r"(?:(?!of\b)[a-z][\w'\u2019-]*\s+){0,3}?"
    r"(?(demonym)|(?:(?P<later>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+)?)"
    r"(?:compan(?:y|ies)|firm|group|giant|conglomerate|multinational|lender|bank|insurer|airline|"
    r"utilit(?:y|ies)|miner|start-?up|joint\s+venture|subsidiar(?:y|ies)|"
    r"\w*(?:maker|producer|builder|exporter|importer|operator|"
    r"manufacturer|supplier|retailer|carrier|developer|refiner|trader|distributor)"
    r"|(?P<farm>\w*(?:farmer|grower)))"
    r"(?(many)s?)(?![\w'\u2019-])"
    r"(?!\s+(?:clerks?|managers?|members?|partners?|employees?|officials?|executives?|workers?|"
    r"staffers?|directors?|analysts?|economists?|owners?|pilots?|veterans?)\b)"
)
"""A company its kind describes right after it: "Zespri, the kiwifruit exporter", "X, a joint
venture of A and B", "X, a subsidiary of Y", "Granja
Azul, the largest shrimp farmer" (a farmer or grower only by its size: "a cocoa farmer" is a
person), "in Chile,
where Codelco is the largest producer", "X is among the main Chilean exporters" (one of many,
in the plural; the demonym before or after the other words), "A and B are among the Japanese
firms investing" (each name of the pair). A kind that qualifies a person's job ("X, a bank
clerk", "a joint venture partner") describes a person, not a firm."""
_SIZE = re.compile(r"\b(?:largest|biggest)\b")
"""The size that makes a farmer or grower a business: "the country's largest shrimp farmer";
not a rank ("a leading maize farmer", "a major grower"), which news gives people too."""
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME})(?:\s+\([A-Z][\w&.-]*\))?$")
"""The name before a description, maybe with its short form in brackets: "Petroquimica Andina
(PQA) is the state refiner"."""
_NAME_REACH = 80
_EARLIER_ITEM = re.compile(rf"(?P<name>{NAME})(?:\s*,\s*|\s*,?\s+and\s+)$")
"""A name and the separator before the next item of a list: "Hitachi Zosen and "."""


def described_companies(
    sentence: str, offset: int, gazetteer: CompanyDirectory
) -> list[CompanyMention]:
    """The names that a description of a firm follows; its demonym gives their home."""
    mentions: list[CompanyMention] = []
    for described in DESCRIBED.finditer(sentence):
        if described["farm"] and _SIZE.search(described.group()) is None:
            continue  # "Kofi Mensah, a cocoa farmer": a person who farms
        reach = max(0, described.start() - _NAME_REACH)
        name = _NAME_BEFORE.search(sentence, reach, described.start())
        if name is None:
            continue
        start, end = name.span("name")
        while start < end and sentence[start:end].split()[0] in NOT_NAMES | CALENDAR:
            start += len(sentence[start:end].split()[0]) + 1
        nationality = described["demonym"] or described["later"]
        home = gazetteer.country(nationality) if nationality else None
        mention = listed_company(sentence[start:end], offset + start, gazetteer, home)
        if start < end and mention is not None:
            mentions.append(mention)
        if described["many"] and sentence[described.start() :].lstrip().startswith(("are", "were")):
            mentions += _earlier_items(sentence, offset, start, gazetteer, home)
    return mentions


def _earlier_items(
    sentence: str, offset: int, start: int, gazetteer: CompanyDirectory, home: KnownCountry | None
) -> list[CompanyMention]:
    """The names listed before the last one, read back from ``start``: "A, B and" before C."""
    mentions = []
    while (item := _EARLIER_ITEM.search(sentence, max(0, start - _NAME_REACH), start)) is not None:
        start = item.start("name")
        mention = listed_company(item["name"], offset + start, gazetteer, home)
        if mention is None:
            break
        mentions.append(mention)
    return mentions
