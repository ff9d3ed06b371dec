"""A scheme's sector labels, indexed for reading a sentence token by token.

Labels are the concepts' prefLabel and altLabels, folded to lower case (``fold_label``) and
indexed by their first word with the word counts they run to, longest first, so that the
longest match wins ("renewable energy" over "energy"). The index also answers the questions the
readers of areas ask of a label: is it written as a common noun, does a longer one start here,
does it join two labels ("transport and logistics").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from dkg.loaders.steps.sector_tokens import Token, fold_label, word_keys
from dkg.loaders.steps.sector_works import WORKS


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
class LabelledConcept:
    """The concept a label stands for: its IRI and the preferred label a mention reports."""

    iri: str
    pref_label: str


class SectorLabels:
    """Every label of one list of concepts, by its folded words; build once per list."""

    def __init__(self, concepts: Sequence[SectorConceptLike]) -> None:
        """Index every label (folded to lower case) of every concept by its first word."""
        self._labels: dict[str, LabelledConcept] = {}
        self._cased: set[str] = set()
        self._lengths: dict[str, list[int]] = {}
        # Folded compounds that end on a label but name no area ("fiscal space").
        self.non_areas = frozenset(fold_label(phrase) for phrase in _NON_AREAS)
        labels = [
            (label, LabelledConcept(concept.iri, concept.pref_label))
            for concept in concepts
            for label in (concept.pref_label, *concept.alt_labels)
        ]
        for label, entry in labels:
            key = fold_label(label)
            if not key:
                continue
            self._labels.setdefault(key, entry)
            if label != label.lower():
                self._cased.add(label)
            self._index(key)
        # News joins a compound's two words by a hyphen or not ("intelligence-sharing",
        # "metro-rail", "agri food"): the other writing of a two-word label is the same area.
        for key, entry in list(self._labels.items()):
            twin = _hyphen_twin(key)
            if twin is not None and twin not in self._labels:
                self._labels[twin] = entry
                self._index(twin)
        for key in self.non_areas:
            self._index(key)
        self.first_words = frozenset(self._lengths) | WORKS
        """The first folded words of the labels and non-areas, and the works done on a thing
        ("road rehabilitation"): a sentence that holds none of them names no area."""

    def _index(self, key: str) -> None:
        """Record the word count of a folded phrase under its first word, longest first."""
        words = key.split(" ")
        lengths = self._lengths.setdefault(words[0], [])
        if len(words) not in lengths:
            lengths.append(len(words))
            lengths.sort(reverse=True)

    def may_name_area(self, lowered: str) -> bool:
        """False when a sentence (given folded) holds none of ``first_words``, so that no
        label can be read in it; its cues and head nouns are then not worth looking for."""
        first_words = self.first_words
        # The words between spaces first: most sentences that hold such a word hold it so,
        # and splitting costs a third of reading the words.
        return not first_words.isdisjoint(lowered.split()) or not first_words.isdisjoint(
            word_keys(lowered)
        )

    def lengths(self, first: str) -> Sequence[int]:
        """The word counts of the labels (and non-areas) whose first folded word is ``first``,
        longest first."""
        return self._lengths.get(first, ())

    def by_key(self, key: str) -> LabelledConcept | None:
        """The concept of a label given as its folded words joined by spaces."""
        return self._labels.get(key)

    def concept(self, words: str) -> LabelledConcept | None:
        """The concept one of whose labels is ``words``, if any."""
        return self._labels.get(fold_label(words))

    def longer_label(self, tokens: list[Token], at: int) -> bool:
        """Whether a label of more than one word starts at token ``at``."""
        return any(
            " ".join(t.key for t in tokens[at : at + length]) in self._labels
            for length in self._lengths.get(tokens[at].key, ())
            if 1 < length <= len(tokens) - at
        )

    def labelled(self, tokens: list[Token], at: int) -> bool:
        """Whether a label starts at token ``at``, past the words that open a noun phrase."""
        while at < len(tokens) and tokens[at].key in DETERMINERS:
            at += 1
        return at < len(tokens) and any(
            " ".join(t.key for t in tokens[at : at + length]) in self._labels
            for length in self._lengths.get(tokens[at].key, ())
        )

    def common_noun(self, text: str, start: int) -> bool:
        """False for a label inside a proper name ("Ministry of Energy", "Astana Hub").

        Sectors are common nouns, written in lower case unless they open the sentence or the
        label itself is cased ("AI", "LNG").
        """
        return text.islower() or text in self._cased or (start == 0 and text[1:].islower())

    def mentions(self, concept: LabelledConcept, text: str, start: int) -> list[SectorMention]:
        """The mention of a label; one joining two labels ("transport and logistics") gives both.

        A joined label that names an area of its own ("oil and gas", whose parts are crude oil
        and natural gas) stays one area: only a label that is an alias of one of its parts
        stands for two areas.
        """
        parts = text.split(" and ")
        if len(parts) == 2:
            first, second = self.concept(parts[0]), self.concept(parts[1])
            if (
                first
                and second
                and first.iri != second.iri
                and concept.iri in (first.iri, second.iri)
            ):
                second_start = start + len(parts[0]) + len(" and ")
                return [
                    to_mention(first, parts[0], start),
                    to_mention(second, parts[1], second_start),
                ]
        return [to_mention(concept, text, start)]


def to_mention(concept: LabelledConcept, text: str, start: int) -> SectorMention:
    """The mention of ``concept`` by the words ``text`` written at document offset ``start``."""
    return SectorMention(concept.iri, concept.pref_label, text, start, start + len(text))


_NON_AREAS = (
    "fiscal space",
    "policy space",
    "political space",
    "civic space",
    "breathing space",
    "personal space",
    "parking space",
    "parking spaces",
    "living space",
    "state of the art",
    "state-of-the-art",
    "trade-off",
    "trade-offs",
    "trade off",
    "trade offs",
    "rubber stamp",
    "rubber-stamp",
    "rubber-stamped",
    "world power",
    "world powers",
    "great power",
    "great powers",
    "major power",
    "major powers",
    "global power",
    "global powers",
    "regional power",
    "regional powers",
    "soft power",
    "hard power",
    "economic power",
    "military power",
    "purchasing power",
    "balance of power",
    "power struggle",
    "power sharing",
    "power-sharing",
    "foreign policy chief",
    "foreign policy adviser",
    "foreign policy advisers",
    "foreign policy advisor",
    "foreign policy advisors",
    "social security number",
    "social security numbers",
    "living standards",
    "standard of living",
    "standards of living",
    "economic and technical cooperation",
    "technical and economic cooperation",
)
"""Compound nouns whose last word is a sector label but which name no area: room to act
("fiscal space"), a place to park, the best of a kind ("state-of-the-art"), a compromise
("trade-offs"), an approval given unread ("rubber-stamp"), a state's weight among others or a
hold on office ("a world power", "soft power", "power-sharing"), a person's post ("foreign policy
chief"), a personal number ("social security number"), how well people live ("living
standards") and the kind of aid agreement a donor signs ("an agreement on economic and
technical cooperation": a framework for grants, no area). Real-estate ones ("office space") are
labels of real estate instead."""
DETERMINERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "our", "these", "those"})
"""Words that open a noun phrase: after a one-word label they make it a verb with its object."""


def _hyphen_twin(key: str) -> str | None:
    """A two-word folded label written the other way: "metro rail" <-> "metro - rail"."""
    words = key.split(" ")
    if len(words) == 2 and words[0].isalnum() and words[1].isalnum():
        return f"{words[0]} - {words[1]}"
    if len(words) == 3 and words[1] == "-" and words[0].isalnum() and words[2].isalnum():
        return f"{words[0]} {words[2]}"
    return None
