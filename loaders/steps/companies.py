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

The finders are in modules named after what they read: lists after a cue
(``company_cue_lists``), a name beside a word for its kind (``company_kind_names``), a name a
description follows (``company_descriptions``), lists that known companies make up
(``company_known_lists``), the gazetteer's names and legal forms (``known_companies``); the items
of a list are read in ``company_lists``.
"""

from __future__ import annotations

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.shared_filter import SharedFilter
from dkg.loaders.steps.company_cue_lists import (
    KINDS_BEFORE_LIST,
    after_cues,
    after_kinds,
    investing_subjects,
    staff_employers,
)
from dkg.loaders.steps.company_descriptions import DESCRIBED, described_companies
from dkg.loaders.steps.company_directory import CompanyDirectory, CompanyMention
from dkg.loaders.steps.company_home_names import with_home_in_name
from dkg.loaders.steps.company_kind_names import (
    APPOSITIVE,
    after_kind_words,
    business_groups,
    planned_makers,
)
from dkg.loaders.steps.company_known_lists import listed_with_known, owned_pairs
from dkg.loaders.steps.company_lookalikes import (
    names_market,
    stands_for_other,
    written_as_currency,
)
from dkg.loaders.steps.company_partners import partners_of_known
from dkg.loaders.steps.known_companies import from_gazetteer, from_legal_forms, index_for
from dkg.loaders.steps.sentence_tokens import SentenceTokens

# The mention type is re-exported: callers find everything about companies here.
__all__ = ["CompanyDirectory", "CompanyMention", "find_companies"]


def find_companies(
    sentence: str,
    offset: int,
    gazetteer: CompanyDirectory,
    tokens: SentenceTokens | None = None,
) -> list[CompanyMention]:
    """The companies one sentence names; ``offset`` places it in the document.

    Each company is reported once per sentence, at its first mention. ``tokens`` are the
    sentence's, when another finder of the sentence has them to share.
    """
    index = index_for(gazetteer)
    if tokens is None:
        tokens = SentenceTokens(sentence)
    known = from_gazetteer(sentence, offset, gazetteer, index, tokens)
    found: dict[str, CompanyMention] = {}
    legal = from_legal_forms(sentence, offset, gazetteer, index, tokens)
    for mention in (
        *_uncut(_told_by_cues(sentence, offset, gazetteer), known),
        *legal,
        *known,
        *listed_with_known(sentence, offset, gazetteer, known),
        *owned_pairs(sentence, offset, gazetteer, known),
        *partners_of_known(sentence, offset, gazetteer, known),
    ):
        if written_as_currency(sentence, mention.start - offset, mention.end - offset):
            continue  # "a loan of PLN 3 billion": the zloty, not the utility PLN
        if names_market(sentence, mention.end - offset):
            continue  # "the Tadawul index rose 0.4%": a market's move, no company
        mention = with_home_in_name(sentence, offset, mention, gazetteer)
        key = mention.name.casefold().replace(" ", "")
        if key not in found and not any(m.start <= mention.start < m.end for m in found.values()):
            found[key] = mention
        elif any(mention is m for m in legal):
            # "the national oil company Timor GAP, E.P.": the name a cue told, and its legal
            # form after it, which the name is written with
            found = _with_legal_form(found, key, mention)
    found = {k: m for k, m in found.items() if not _short_for_other(sentence, offset, m, found)}
    credit = _DATELINE_CREDIT.match(sentence)
    if credit is not None:
        # "Addis Ababa, December 21/2024 (ENA)": the agency that filed the story, not a company
        # the gazetteer happens to abbreviate alike.
        at, end = offset + credit.start("credit"), offset + credit.end("credit")
        found = {k: m for k, m in found.items() if not at <= m.start < end}
    closing = _CLOSING_CREDIT.search(sentence)
    if closing is not None:
        # "... would grow, the minister said (ENA).": the wire's credit that closes a story
        # or a paragraph, not a company the gazetteer abbreviates alike
        at = offset + closing.start("credit")
        found = {k: m for k, m in found.items() if m.start != at}
    return sorted(found.values(), key=lambda m: m.start)


def _with_legal_form(
    found: dict[str, CompanyMention], key: str, mention: CompanyMention
) -> dict[str, CompanyMention]:
    """The mentions, the one that starts where ``mention`` starts and ends before its legal form
    replaced by it (under ``key``)."""
    shorter = next(
        (k for k, m in found.items() if m.start == mention.start and m.end < mention.end), None
    )
    if shorter is None:
        return found
    return {**{k: m for k, m in found.items() if k != shorter}, key: mention}


def _short_for_other(
    sentence: str, offset: int, mention: CompanyMention, found: dict[str, CompanyMention]
) -> bool:
    """Whether a known company's acronym stands for the name before it: "the Iraqi News Agency
    (INA)" names the agency, not the oil company INA; "Korea Electric Power Corporation
    (KEPCO)" names a company found before the bracket, whose short form it is."""
    start, end = mention.start - offset, mention.end - offset
    if sentence[start - 1 : start] != "(":
        return False  # most mentions stand in no bracket: nothing more is read
    named_before = any(
        m.end - offset < start and not sentence[m.end - offset : start - 1].strip()
        for m in found.values()
    )
    return stands_for_other(sentence, start, end, named_before)


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
_CLOSING_CREDIT = Prefiltered(
    r"(?:^|[a-z\d.,;:!?\"\u201d])\s*\((?P<credit>[A-Z][A-Za-z]{1,11})\)\s*\.?\s*$"
)
"""A word in parentheses that closes a sentence after its lower-case words, as wires credit
themselves at a story's or a paragraph's end ("..., he said. (ENA)", "... said (ENA).").
After a capitalised name it is that name's short form ("Electric Networks of Armenia (ENA).")
and stays."""


_KIND_WORDS = SharedFilter(KINDS_BEFORE_LIST.compiled, APPOSITIVE.compiled, DESCRIBED.compiled)
"""The words for kinds of firms that the readers of a kind before a list, before a name and
after one each need: most sentences hold none, and one test of their union replaces the three
patterns' own (about a hundred substring tests of a sentence)."""


def _told_by_cues(sentence: str, offset: int, gazetteer: CompanyDirectory) -> list[CompanyMention]:
    """The companies that a cue, a word for their kind or a description tells, in the order
    the finders run: the first mention of a name wins."""
    kinds = _KIND_WORDS.may_match(sentence)
    return [
        *after_cues(sentence, offset, gazetteer),
        *(after_kinds(sentence, offset, gazetteer) if kinds else ()),
        *(after_kind_words(sentence, offset, gazetteer) if kinds else ()),
        *(described_companies(sentence, offset, gazetteer) if kinds else ()),
        *business_groups(sentence, offset, gazetteer),
        *planned_makers(sentence, offset, gazetteer),
        *staff_employers(sentence, offset, gazetteer),
        *investing_subjects(sentence, offset, gazetteer),
    ]
