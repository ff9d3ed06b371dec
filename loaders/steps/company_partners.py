"""The other party of a document a known company signs: "a memorandum between Montegas and SOCAR",
"Bulgargaz and Gastrade also signed a contract".

News names the two firms of a company deal as the parties of its document ("an agreement
between A and B", "the contract between the state shipyard A and B"). When one of the two is a
company the gazetteer knows, the other is its counterpart in business, a company too, unless it
is a country, a city, a known organisation or a government body ("between the Ministry of
Energy and SOCAR"). Without a known company, two names after "between" are as often two
agencies or two universities, and none is read.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.company_directory import (
    NAME,
    NOT_NAMES,
    CompanyDirectory,
    CompanyMention,
    not_a_company,
)
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN


def _party(group: str) -> str:
    """One party: a name, maybe after its article and its kind ("the state shipyard")."""
    return rf"(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<{group}>{NAME})"


_BETWEEN = Prefiltered(
    rf"\b(?i:{DOCUMENT_NOUN}|joint\s+venture)\b[^.;]{{0,80}}?\bbetween\s+"
    + _party("first")
    + r"\s+and\s+"
    + _party("second")
)
"""A document and its two parties: "a Memorandum of Understanding between Montegas and SOCAR",
"a contract between the state shipyard Navalmar and HD Hyundai" (the kind before a name is no
part of it)."""
_PAIR_SIGNING = Prefiltered(
    rf"(?P<first>{NAME})\s+and\s+(?P<second>{NAME})\s+(?:(?:also|have|has|then|later|jointly)\s+)?"
    r"(?:signed|inked|concluded)\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?i:{DOCUMENT_NOUN})\b"
)
"""Two parties as the subject of a document they sign: "Bulgargaz and Gastrade also signed a
contract", "Petrobras and Vale signed two memoranda"."""
_BODY = re.compile(
    r"^(?:Government|Ministry|Ministries|Department|Office|Agency|Authority|Council|Embassy|"
    r"University|Institute|Chamber|Municipality|City|Province|State|Republic|Kingdom|Central)\b"
    r"|\b(?:Ministry|Agency|Authority|University|Institute|Council|Government|Chamber|Embassy)$"
)
"""A public body or a school, which a company also signs documents with: no company."""


def partners_of_known(
    sentence: str, offset: int, gazetteer: CompanyDirectory, known: list[CompanyMention]
) -> list[CompanyMention]:
    """The companies a sentence names as the other party of a known company's document.

    ``known`` are the gazetteer's companies found in the sentence, at document offsets.
    """
    if not known:
        return []  # most sentences name no known company: the pattern is never tried
    starts = {m.start - offset for m in known}
    found = []
    for match in (*_BETWEEN.finditer(sentence), *_PAIR_SIGNING.finditer(sentence)):
        first, second = match.span("first"), match.span("second")
        if (first[0] in starts) == (second[0] in starts):
            continue  # both known, or neither: nothing new, or nothing to vouch for the other
        start, end = second if first[0] in starts else first
        name = sentence[start:end]
        if name.split()[0] in NOT_NAMES or _BODY.search(name) or not_a_company(name, gazetteer):
            continue
        found.append(CompanyMention(name, offset + start, offset + end, None, None, name))
    return found
