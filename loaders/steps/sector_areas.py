"""Which labels in a run of tokens name an area, read left to right, the longest first.

A label is an area unless its place in the sentence makes it something else: a verb with its
object ("to water the fields"), the end of a hyphened modifier ("a deep-water port"), the first
party after "between the", an act ("the construction of a railway"), a frame or a renewal of
the area named after it ("supply chains of batteries", "the reconstruction of the port"), or a
word inside a proper name ("Ministry of Energy"). Works on a thing whose plural is a label
("road rehabilitation") name the plural's area.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.sector_labels import (
    DETERMINERS,
    SectorLabels,
    SectorMention,
    to_mention,
)
from dkg.loaders.steps.sector_tokens import Token
from dkg.loaders.steps.sector_works import WORKS, plural_before_works


def areas_in(
    labels: SectorLabels, sentence: str, tokens: list[Token], offset: int, titled: bool = False
) -> list[SectorMention]:
    """Longest labels over a run of tokens, left to right; ``titled`` for the words of a
    title-case document title."""
    found = []
    i = 0
    while i < len(tokens):
        step = 1
        for length in labels.lengths(tokens[i].key):
            if i + length > len(tokens):
                continue
            key = " ".join(t.key for t in tokens[i : i + length])
            if key in labels.non_areas:
                step = length  # "fiscal space", "state-of-the-art": no area, read past it
                break
            concept = labels.by_key(key)
            if concept is None:
                continue
            start, end = tokens[i].start, tokens[i + length - 1].end
            text = sentence[start:end]
            after = tokens[i + length].key if i + length < len(tokens) else ""
            before = tokens[i - 1].key if i else ""
            if length == 1 and after in DETERMINERS:
                # "the crews sport the same colours", "to water the fields": a verb with
                # its object; an area is followed by a comma, "and" or the clause's end
                break
            if length == 1 and key in _VERBS and _infinitive(sentence, start, after):
                # "agreed to finance housing projects", "to trade farm goods": an infinitive
                # with its object, while "from mining to finance" ends a list on the area
                break
            if (
                _modifier_or_party(labels, tokens, i, length)
                or _agent(tokens, i)
                or (key in _LIST_ONLY and not (before in _ITEM_OPENERS and after in _ITEM_CLOSERS))
                or (key in _BARE_HEADS and _branch_named(sentence, start))
            ):
                step = length
                break
            if (
                (text.lower() in _ACTS and (after == "of" or (before == "the" and after == "with")))
                or (key in _FRAMES and after in _FRAMED_BY)
                or (
                    after == "of"
                    and key in _RENEWALS | _MAKING
                    and labels.labelled(tokens, i + length + 1)
                )
            ):
                # "the construction of a railway", "the construction with the participation
                # of X of a plant": an act, not a sector; "supply chains of batteries": the
                # area follows, as in "the reconstruction of the port" (not "of Ukraine")
                step = length
                break
            if labels.common_noun(text, start) or (titled and _TITLE_WORDS.fullmatch(text)):
                found += labels.mentions(concept, text, offset + start)
                # "the logistics industry" names logistics, not industry as well; but
                # "energy research and development" names R&D too
                step = length + (
                    after in _HEAD_WORDS and not labels.longer_label(tokens, i + length)
                )
                break
        else:
            if i + 1 < len(tokens) and tokens[i + 1].key in WORKS:
                works = _works(labels, sentence, tokens, i, offset)
                found += works
                step += len(works)  # "road rehabilitation": the work is read with its thing
        i += step
    return found


def _works(
    labels: SectorLabels, sentence: str, tokens: list[Token], at: int, offset: int
) -> list[SectorMention]:
    """Works on a thing whose plural is an area: "road rehabilitation" is roads."""
    plural = plural_before_works(tokens, at)
    concept = labels.by_key(plural) if plural else None
    start, end = tokens[at].start, tokens[min(at + 1, len(tokens) - 1)].end
    if concept is None or not labels.common_noun(sentence[start:end], start):
        return []
    return [to_mention(concept, sentence[start:end], offset + start)]


def _modifier_or_party(labels: SectorLabels, tokens: list[Token], i: int, length: int) -> bool:
    """Whether the label at token ``i`` ends a hyphened modifier of another label ("a
    deep-water port" is a port, "non-oil trade" trade), or opens the first party after
    "between the" ("between the diplomatic academies of both countries": they sign)."""
    if (
        i >= 2
        and tokens[i - 1].key == "-"
        and tokens[i - 2].end == tokens[i - 1].start == tokens[i].start - 1
    ):
        return labels.labelled(tokens, i + length)
    return i >= 2 and tokens[i - 1].key in _PARTY_OPENERS and tokens[i - 2].key == "between"


def _agent(tokens: list[Token], i: int) -> bool:
    """Whether the label at token ``i`` names who acts, after "by": "investment in solar
    energy by the private sector" names solar energy as the area, and the private sector as
    the investor."""
    at = i - 1
    while at >= 0 and tokens[at].key in DETERMINERS:
        at -= 1
    return at >= 0 and tokens[at].key == "by" and (at == 0 or tokens[at - 1].key not in _LISTING)


def _branch_named(sentence: str, start: int) -> bool:
    """Whether a word between a determiner and a bare head names the branch: "the drug
    industry", "its biopharmaceutical industry" are one branch the scheme may lack, not industry
    as a whole ("cooperation in industry", "the industry and energy ministers"). Read in the
    sentence, as a head noun's region may start at the head."""
    return _DETERMINER_AND_WORD.search(sentence, max(0, start - 40), start) is not None


_DETERMINER_AND_WORD = re.compile(
    r"(?:^|(?<=\W))(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Tt]hese|[Tt]hose)"
    r"\s+[a-z][a-z-]*\s$"
)


def _infinitive(sentence: str, start: int, after: str) -> bool:
    """Whether the word at ``start`` follows "to" (read in the sentence: a head noun's list
    starts after it) and comes before its object, not a list's comma or "and", the clause's
    end, nor a head word that makes it a branch ("to trade sectors")."""
    return (
        _TO.search(sentence, max(0, start - 4), start) is not None
        and after not in _ITEM_CLOSERS
        and after not in _HEAD_WORDS
    )


_TO = re.compile(r"(?:^|(?<=\W))[Tt]o\s$")


_VERBS = frozenset(
    {"audit", "bank", "film", "finance", "police", "research", "tax", "trade", "transit"}
    | {"transport", "water"}
)
"""One-word labels that English also writes as verbs; after "to" and before their object they
are one ("to finance housing", "to transport grain")."""
_LISTING = frozenset({"followed", "joined"})
"""Verbs before "by" that add an item to a list rather than name who acts: "agriculture,
followed by mining"."""
_LIST_ONLY = frozenset({"power", "mines"})
"""One-word labels that name an area only as an item of a list ("cooperation in power, water
and roads", "the Agreement on Cooperation in Energy and Mines"): elsewhere they are a hold on
office ("seized power"), a state's weight ("a world power"), the first word of a plant or a
firm ("a power producer", "ACWA Power"), or weapons ("help in clearing mines")."""
_ITEM_OPENERS = frozenset({"", ",", "and", "or", "in", "on", "&", ":", "as", "like"}) | frozenset(
    {"include", "includes", "included", "including", "are", "were", "is", "was"}
)
_ITEM_CLOSERS = frozenset({"", ",", "and", "or", ".", ";", ")", "&"})


_PARTY_OPENERS = frozenset({"the", "their", "its", "our"})
"""Words after "between" that open the name of a party, not a subject."""
_FRAMES = frozenset({"supply chains", "value chains", "global value chains"})
"""Labels that frame the area named after them: "the supply chains of renewable energy" is about
renewable energy, as the cue "supply chains for" already reads it."""
_FRAMED_BY = frozenset({"of", "for", "in"})
_ACTS = frozenset({"construction", "building"})
"""Labels that name an act when "of" follows: "the construction of a plant" builds one plant."""
_RENEWALS = frozenset({"reconstruction", "rebuilding", "restoration"})
"""Labels that name an act on the thing named after "of": "the reconstruction of the border
crossing" is about border crossings, while "the reconstruction of Ukraine" or "post-war
reconstruction" is reconstruction; "the restoration of security" is about security, not the
restorer's trade that "restoration" names alone (cultural heritage)."""
_MAKING = frozenset({"manufacturing", "manufacture", "production"})
"""Labels that name the making of the thing named after "of": "the manufacturing of electric
vehicles" is about electric vehicles, not manufacturing as a whole."""
_BARE_HEADS = frozenset({"industry", "industries"})
"""Labels that are a head noun alone: with a modifier the scheme does not know ("the drug
industry") they name that branch, not industry as a whole."""
_HEAD_WORDS = frozenset({"industry", "industries", "sector", "sectors", "research"})
"""Words that, after an area, only say it is an economic branch ("the tourism sector") or which
work is done in it: "fisheries research" is fisheries, as the scheme's "medical research" is
health care. "Technology" is no such word: "water technology" is a branch of its own, so both
water and technology are read."""
_TITLE_WORDS = re.compile(r"[A-Z][a-z-]*(?:\s+(?:and|of|the|[A-Z][a-z-]*))*")
"""Words written as a title writes them: each capitalised, joined by lower-case small words."""
