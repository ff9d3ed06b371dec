"""Find the areas of cooperation a sentence names, as concepts of the SKOS sector scheme.

A sector counts only where the sentence presents it as an area of cooperation, projects or
investment: after a cue ("cooperation in", "areas of cooperation included", "in the fields of",
"projects in", "attention to", "especially in") up to the end of the clause, or right before a
head noun ("cultural and humanitarian ties", "the mining and chemical industries"). A word that
only happens to be a label elsewhere ("the UN Charter", "Victory Day", "trade partner") is no
area of cooperation, and neither is a label inside a proper name ("Ministry of Energy").

Labels are the concepts' prefLabel and altLabels; the longest match wins ("renewable energy"
over "energy"). Coordinated forms are read as news writes them: "energy, particularly nuclear
and renewables" gives nuclear and renewable energy; "the chemical, engineering and aerospace
industries" tries "chemical industry", "engineering industry", "aerospace industry"; a label
that joins two other labels ("transport and logistics") gives both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class SectorConceptLike(Protocol):
    """What the matcher needs of a sector concept (``dkg.ontology.vocabulary`` provides them)."""

    @property
    def iri(self) -> str:
        """The concept's IRI."""
        ...

    @property
    def pref_label(self) -> str:
        """The English preferred label."""
        ...

    @property
    def alt_labels(self) -> Sequence[str]:
        """The other English labels: the forms news writes."""
        ...


@dataclass(frozen=True)
class SectorMention:
    """A sector named as an area of cooperation; ``start``/``end`` are document offsets.

    ``label`` is the concept's preferred label, ``text`` the words as written.
    """

    concept_iri: str
    label: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Concept:
    iri: str
    pref_label: str


class SectorMatcher:
    """A compiled matcher over one list of concepts; build once, use for every sentence."""

    def __init__(self, concepts: Sequence[SectorConceptLike]) -> None:
        """Index every label (folded to lower case) of every concept."""
        self._labels: dict[str, _Concept] = {}
        self._cased: set[str] = set()
        for concept in concepts:
            entry = _Concept(concept.iri, concept.pref_label)
            for label in (concept.pref_label, *concept.alt_labels):
                self._labels.setdefault(_fold(label), entry)
                if label != label.lower():
                    self._cased.add(label)
        alternation = "|".join(
            re.escape(label).replace(r"\ ", r"[\s-]+")
            for label in sorted(self._labels, key=len, reverse=True)
        )
        self._pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)

    def concept(self, words: str) -> _Concept | None:
        """The concept one of whose labels is ``words``, if any."""
        return self._labels.get(_fold(words))

    def find(self, sentence: str, offset: int) -> list[SectorMention]:
        """The sectors ``sentence`` names as areas of cooperation, left to right."""
        regions = _regions(sentence)
        if not regions:
            return []
        mentions: dict[tuple[int, int], SectorMention] = {}
        for match in self._pattern.finditer(sentence):
            if not any(start <= match.start() and match.end() <= end for start, end in regions):
                continue
            if not self._common_noun(match):
                continue
            for mention in self._mentions(match, offset):
                mentions.setdefault((mention.start, mention.end), mention)
        covered = [(m.start - offset, m.end - offset) for m in mentions.values()]
        for mention in self._elliptical(sentence, offset, regions, covered):
            mentions.setdefault((mention.start, mention.end), mention)
        return sorted(mentions.values(), key=lambda m: (m.start, m.end))

    def _common_noun(self, match: re.Match[str]) -> bool:
        """False for a label inside a proper name ("Ministry of Energy", "Astana Hub").

        Sectors are common nouns, written in lower case unless they open the sentence or the
        label itself is cased ("AI", "LNG").
        """
        text = match.group()
        return text.islower() or text in self._cased or (match.start() == 0 and text[1:].islower())

    def _mentions(self, match: re.Match[str], offset: int) -> list[SectorMention]:
        """The mention of a match; a label joining two labels gives both."""
        text = match.group()
        parts = re.split(r"\s+and\s+", text)
        if len(parts) > 1:
            concepts = [self.concept(p) for p in parts]
            if all(concepts) and len({c.iri for c in concepts if c}) == len(parts):
                found, position = [], match.start()
                for part, concept in zip(parts, concepts, strict=True):
                    start = text.index(part, position - match.start()) + match.start()
                    position = start + len(part)
                    if concept is not None:
                        found.append(_mention(concept, part, offset + start))
                return found
        concept = self.concept(text)
        return [_mention(concept, text, offset + match.start())] if concept else []

    def _elliptical(
        self,
        sentence: str,
        offset: int,
        regions: list[tuple[int, int]],
        covered: list[tuple[int, int]],
    ) -> list[SectorMention]:
        """Adjectives sharing a head noun: "the chemical and aerospace industries"."""
        found = []
        for listed in _HEADED_LIST.finditer(sentence):
            if not any(s <= listed.start() and listed.end() <= e for s, e in regions):
                continue
            head = listed["head"].lower()
            heads = ("industry", "sector") if head.startswith(("industr", "sector")) else ()
            for item in _ITEM.finditer(listed["items"]):
                start = listed.start("items") + item.start("item")
                end = listed.start("items") + item.end("item")
                if any(s <= start < e for s, e in covered):
                    continue
                for noun in heads:
                    concept = self.concept(f"{item['item']} {noun}")
                    if concept is not None:
                        found.append(_mention(concept, sentence[start:end], offset + start))
                        break
        return found


def _mention(concept: _Concept, text: str, start: int) -> SectorMention:
    return SectorMention(concept.iri, concept.pref_label, text, start, start + len(text))


_LAST: list[tuple[Sequence[SectorConceptLike], SectorMatcher]] = []
"""The matcher for the concept list used last: callers pass the same list for every sentence."""


def find_sectors(
    sentence: str, offset: int, concepts: Sequence[SectorConceptLike]
) -> list[SectorMention]:
    """The sectors a sentence names as areas of cooperation; ``offset`` places it in the document.

    The matcher is rebuilt only when ``concepts`` is another list than the last call's, so pass
    one list (or hold a :class:`SectorMatcher`) rather than a fresh list per sentence.
    """
    if not _LAST or _LAST[0][0] is not concepts:
        _LAST[:] = [(concepts, SectorMatcher(concepts))]
    return _LAST[0][1].find(sentence, offset)


def _fold(label: str) -> str:
    return re.sub(r"[\s-]+", " ", label.lower()).strip()


_ANCHOR = re.compile(
    r"\b(?:cooperat\w*|collaborat\w*|partnership|interaction|ties|relations|work(?:ing)?\s+together)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|on|within|across)\b"
    r"|\b(?:areas?|fields?|spheres?|sectors?|domains?|directions?)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cooperation|interaction|partnership|collaboration|investment)\b"
    r"|\b(?:areas?|fields?|spheres?|sectors?|domains?|industries)\s+(?:such\s+as|including|like)\b"
    r"|\b(?:in|into|to|of)\s+the\s+(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\b"
    r"|\bprojects?\s+in\b|\binvest(?:ment|ments|ed|ing)?\s+in\b"
    r"|\b(?:attention|priority|emphasis)\s+(?:to|on)\b|\bfocus(?:ed|ing)?(?:\s+\w+){0,2}?\s+on\b"
    r"|\b(?:especially|particularly|notably|primarily|mainly|above\s+all)\s+in\b"
    r"|\b(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|across|ranging\s+from|concentrat\w+\s+on|"
    r"discuss(?:ed|es|ing)?|talks?\s+(?:on|about)|sessions?\s+on|cooperate\s+on)\b"
    r"|\b(?:agreements?|memorand(?:a|um|ums)|documents?|accords?|deals?|roadmaps?)"
    r"(?:\s+of\s+understanding)?\s+(?:on|in)\b",
    re.I,
)
"""Phrases after which a sentence lists areas of cooperation, up to the end of the clause."""
_NAMED_AS = re.compile(
    r"\b(?:were|are|was|is)\s+(?:named|identified|listed|chosen|singled\s+out|designated)\s+as\s+"
    r"(?:\w+\s+)?(?:priority\s+|key\s+|promising\s+)?(?:areas|fields|sectors|priorities|directions)\b",
    re.I,
)
"""A list told before its cue: "Semiconductors and AI were named as priority fields"."""
_CLAUSE_END = re.compile(
    r"[.;:!?\u00bb\u201d\"]|\s(?:while|whereas|but|which|who|although|because)\s", re.I
)
_HEAD = (
    r"cooperation|ties|relations|partnership|interaction|sectors?|industr(?:y|ies)|spheres?|"
    r"areas|fields|projects?|exchanges?"
)
_HEADED_LIST = re.compile(
    rf"(?P<items>(?:[A-Za-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*)?\s*,\s*)*(?:[A-Za-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*)?"
    rf"\s*,?\s+and\s+)?[A-Za-z][\w-]*)\s+(?P<head>{_HEAD})\b",
    re.I,
)


_ITEM = re.compile(
    r"(?:^|,|\band\b)\s*(?:the\s+)?(?P<item>[A-Za-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*)?)", re.I
)


def _regions(sentence: str) -> list[tuple[int, int]]:
    """The stretches of a sentence that list areas of cooperation."""
    regions = []
    for anchor in _ANCHOR.finditer(sentence):
        end = _CLAUSE_END.search(sentence, anchor.end())
        regions.append((anchor.end(), end.start() if end else len(sentence)))
    for named in _NAMED_AS.finditer(sentence):
        regions.append((0, named.start()))
    for listed in _HEADED_LIST.finditer(sentence):
        regions.append((listed.start("items"), listed.end()))
    return regions
