"""The sector matcher: a scheme's labels, found where a cue or a head noun opens a region.

Labels are the concepts' prefLabel and altLabels; the longest match wins ("renewable energy"
over "energy"). Coordinated forms are read as news writes them: "energy, particularly nuclear
and renewables" gives nuclear and renewable energy; "the chemical, engineering and aerospace
industries" tries "chemical industry", "engineering industry", "aerospace industry"; a label
that joins two other labels ("transport and logistics") gives both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from dkg.loaders.case_blind import folded
from dkg.loaders.steps.sector_cues import cue_regions, titled_cue, without_partners
from dkg.loaders.steps.sector_heads import HEAD_NOUN, INDUSTRY_HEAD, head_regions, list_items
from dkg.loaders.steps.sector_shared_heads import shared_head_items
from dkg.loaders.steps.sector_tokens import Token, fold_label, to_tokens
from dkg.loaders.steps.sector_works import WORKS, plural_before_works


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
        """Index every label (folded to lower case) of every concept by its first word."""
        self._labels: dict[str, _Concept] = {}
        self._cased: set[str] = set()
        self._lengths: dict[str, list[int]] = {}
        self._non_areas = {fold_label(phrase) for phrase in _NON_AREAS}
        labels = [
            (label, _Concept(concept.iri, concept.pref_label))
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
        for key in self._non_areas:
            self._index(key)

    def _index(self, key: str) -> None:
        """Record the word count of a folded phrase under its first word, longest first."""
        words = key.split(" ")
        lengths = self._lengths.setdefault(words[0], [])
        if len(words) not in lengths:
            lengths.append(len(words))
            lengths.sort(reverse=True)

    def concept(self, words: str) -> _Concept | None:
        """The concept one of whose labels is ``words``, if any."""
        return self._labels.get(fold_label(words))

    def find(
        self,
        sentence: str,
        offset: int,
        item: bool = False,
        countries: frozenset[int] = frozenset(),
    ) -> list[SectorMention]:
        """The sectors ``sentence`` names as areas of cooperation, left to right; all of it is
        read as a list when it is an ``item`` under a lead-in (``opens_list``). ``countries``
        holds the sentence offsets where a country's name or demonym starts ("French")."""
        lowered = folded(sentence)  # same length: "İstanbul" lowers to two characters
        regions = cue_regions(lowered) + ([(0, len(lowered))] if item else [])
        # A document's title in title case ("a Memorandum of Understanding on Cooperation in
        # Health") writes its areas in capitals too: they are no proper names there.
        titled = {(start, end) for start, end in regions if titled_cue(sentence, start)}
        if item:
            titled.add((0, len(lowered)))  # "- Agriculture and food security": capitalised
        for region in titled.copy():
            # "... on Cooperation with Airbus Defence and Space": the partner's name is no area
            pieces = without_partners(sentence, region)
            if pieces != [region]:
                titled.discard(region)
                titled.update(pieces)
                regions = [r for r in regions if r != region] + pieces
        heads = list(HEAD_NOUN.finditer(lowered))
        if not regions and not heads:
            return []  # most sentences: no cue, no head noun, so no need for their tokens
        tokens = to_tokens(sentence)
        regions += head_regions(tokens, heads, countries)
        if not regions:
            return []
        mentions: dict[tuple[int, int], SectorMention] = {}
        for start, end in regions:
            inside = [t for t in tokens if start <= t.start and t.end <= end]
            for mention in self._match(sentence, inside, offset, (start, end) in titled):
                mentions.setdefault((mention.start, mention.end), mention)
        covered = [(m.start - offset, m.end - offset) for m in mentions.values()]
        for mention in self._elliptical(sentence, lowered, tokens, offset, covered, regions):
            mentions.setdefault((mention.start, mention.end), mention)
        for mention in self._shared_heads(
            sentence, tokens, offset, list(mentions.values()), regions
        ):
            mentions[(mention.start, mention.end)] = mention  # "wind" read as "wind power"
        found = [m for m in mentions.values() if not _nested(m, mentions.values())]
        return sorted(found, key=lambda m: (m.start, m.end))

    def opens_list(self, sentence: str) -> bool:
        """Whether the sentence ends with a colon right after a cue ("The areas of cooperation
        are:", "MoUs were signed in the following fields:"): the items below list sectors."""
        lowered = folded(sentence.rstrip())
        return lowered.endswith(":") and any(
            end == len(lowered) - 1 for _, end in cue_regions(lowered)
        )

    def _match(
        self, sentence: str, tokens: list[Token], offset: int, titled: bool = False
    ) -> list[SectorMention]:
        """Longest labels over a run of tokens, left to right; ``titled`` for the words of a
        title-case document title."""
        found = []
        i = 0
        while i < len(tokens):
            step = 1
            for length in self._lengths.get(tokens[i].key, ()):
                if i + length > len(tokens):
                    continue
                key = " ".join(t.key for t in tokens[i : i + length])
                if key in self._non_areas:
                    step = length  # "fiscal space", "state-of-the-art": no area, read past it
                    break
                concept = self._labels.get(key)
                if concept is None:
                    continue
                start, end = tokens[i].start, tokens[i + length - 1].end
                text = sentence[start:end]
                after = tokens[i + length].key if i + length < len(tokens) else ""
                before = tokens[i - 1].key if i else ""
                if length == 1 and after in _DETERMINERS:
                    # "the crews sport the same colours", "to water the fields": a verb with
                    # its object; an area is followed by a comma, "and" or the clause's end
                    break
                if self._modifier_or_party(tokens, i, length):
                    step = length
                    break
                if (
                    (
                        text.lower() in _ACTS
                        and (after == "of" or (before == "the" and after == "with"))
                    )
                    or (key in _FRAMES and after in _FRAMED_BY)
                    or (
                        after == "of"
                        and key in _RENEWALS
                        and self._labelled(tokens, i + length + 1)
                    )
                ):
                    # "the construction of a railway", "the construction with the participation
                    # of X of a plant": an act, not a sector; "supply chains of batteries": the
                    # area follows, as in "the reconstruction of the port" (not "of Ukraine")
                    step = length
                    break
                if self._common_noun(text, start) or (titled and _TITLE_WORDS.fullmatch(text)):
                    found += self._mentions(concept, text, offset + start)
                    # "the logistics industry" names logistics, not industry as well; but
                    # "energy research and development" names R&D too
                    step = length + (
                        after in _HEAD_WORDS and not self._longer_label(tokens, i + length)
                    )
                    break
            else:
                if i + 1 < len(tokens) and tokens[i + 1].key in WORKS:
                    works = self._works(sentence, tokens, i, offset)
                    found += works
                    step += len(works)  # "road rehabilitation": the work is read with its thing
            i += step
        return found

    def _works(
        self, sentence: str, tokens: list[Token], at: int, offset: int
    ) -> list[SectorMention]:
        """Works on a thing whose plural is an area: "road rehabilitation" is roads."""
        plural = plural_before_works(tokens, at)
        concept = self._labels.get(plural) if plural else None
        start, end = tokens[at].start, tokens[min(at + 1, len(tokens) - 1)].end
        if concept is None or not self._common_noun(sentence[start:end], start):
            return []
        return [_mention(concept, sentence[start:end], offset + start)]

    def _longer_label(self, tokens: list[Token], at: int) -> bool:
        """Whether a label of more than one word starts at token ``at``."""
        return any(
            " ".join(t.key for t in tokens[at : at + length]) in self._labels
            for length in self._lengths.get(tokens[at].key, ())
            if 1 < length <= len(tokens) - at
        )

    def _labelled(self, tokens: list[Token], at: int) -> bool:
        """Whether a label starts at token ``at``, past the words that open a noun phrase."""
        while at < len(tokens) and tokens[at].key in _DETERMINERS:
            at += 1
        return at < len(tokens) and any(
            " ".join(t.key for t in tokens[at : at + length]) in self._labels
            for length in self._lengths.get(tokens[at].key, ())
        )

    def _modifier_or_party(self, tokens: list[Token], i: int, length: int) -> bool:
        """Whether the label at token ``i`` ends a hyphened modifier of another label ("a
        deep-water port" is a port, "non-oil trade" trade), or opens the first party after
        "between the" ("between the diplomatic academies of both countries": they sign)."""
        if (
            i >= 2
            and tokens[i - 1].key == "-"
            and tokens[i - 2].end == tokens[i - 1].start == tokens[i].start - 1
        ):
            return self._labelled(tokens, i + length)
        return i >= 2 and tokens[i - 1].key in _PARTY_OPENERS and tokens[i - 2].key == "between"

    def _common_noun(self, text: str, start: int) -> bool:
        """False for a label inside a proper name ("Ministry of Energy", "Astana Hub").

        Sectors are common nouns, written in lower case unless they open the sentence or the
        label itself is cased ("AI", "LNG").
        """
        return text.islower() or text in self._cased or (start == 0 and text[1:].islower())

    def _mentions(self, concept: _Concept, text: str, start: int) -> list[SectorMention]:
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
                return [_mention(first, parts[0], start), _mention(second, parts[1], second_start)]
        return [_mention(concept, text, start)]

    def _shared_heads(
        self,
        sentence: str,
        tokens: list[Token],
        offset: int,
        found: list[SectorMention],
        regions: list[tuple[int, int]],
    ) -> list[SectorMention]:
        """Items of a cue's list that share the head of the label after them: "wind and solar
        parks" names wind parks, "road and rail transport" road transport."""
        spans = [(m.start - offset, m.end - offset) for m in found]
        shared = []
        for start, end in spans:
            if " " not in sentence[start:end] or not sentence.endswith(_JOINED, 0, start):
                continue  # one word has no head to share; nor has a label after no "and"
            first = next(i for i, t in enumerate(tokens) if t.start == start)
            tail = sentence[tokens[first + 1].start : end]
            for index in shared_head_items(tokens, first):
                item = tokens[index]
                if not any(s <= item.start < e for s, e in regions):
                    break
                if any(
                    s <= item.start and item.end <= e and e - s > len(item.text) for s, e in spans
                ):
                    continue  # "natural gas and electricity supply": "gas" is no item
                concept = self.concept(f"{item.text} {tail}")
                if concept is not None and self._common_noun(item.text, item.start):
                    shared.append(_mention(concept, item.text, offset + item.start))
        return shared

    def _elliptical(
        self,
        sentence: str,
        lowered: str,
        tokens: list[Token],
        offset: int,
        covered: list[tuple[int, int]],
        regions: list[tuple[int, int]],
    ) -> list[SectorMention]:
        """Adjectives sharing a head noun: "the chemical and aerospace industries"; and, in a
        stretch a cue opened, modes sharing "links": "restore road, rail and postal links" (a
        bare "road and rail links" may be one town's, "family links" no area at all)."""
        found = []
        for head in INDUSTRY_HEAD.finditer(lowered):
            links = head.group().startswith(("link", "conn"))
            # the list starts no earlier than its cue ends: "restore road", read as one item,
            # is the cue's verb and a mode
            opened = min((s for s, e in regions if s <= head.start() < e), default=None)
            if links and opened is None:
                continue
            for first, last in list_items(tokens, head.start()):
                if links and tokens[first].start < (opened or 0) < tokens[last].start:
                    first += 1
                start, end = tokens[first].start, tokens[last].end
                if any(s <= start < e for s, e in covered):
                    continue
                words = sentence[start:end]
                concept = (
                    self.concept(f"{words} links") or self.concept(f"{words} connections")
                    if links
                    else self.concept(f"{words} industry") or self.concept(f"{words} sector")
                )
                if concept is not None:
                    found.append(_mention(concept, words, offset + start))
        return found


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
)
"""Compound nouns whose last word is a sector label but which name no area: room to act
("fiscal space"), a place to park, the best of a kind ("state-of-the-art"), a compromise
("trade-offs"), an approval given unread ("rubber-stamp"). Real-estate ones ("office space")
are labels of real estate instead."""
_DETERMINERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "our", "these", "those"})
"""Words that open a noun phrase: after a one-word label they make it a verb with its object."""
_PARTY_OPENERS = frozenset({"the", "their", "its", "our"})
"""Words after "between" that open the name of a party, not a subject."""
_FRAMES = frozenset({"supply chains", "value chains", "global value chains"})
"""Labels that frame the area named after them: "the supply chains of renewable energy" is about
renewable energy, as the cue "supply chains for" already reads it."""
_FRAMED_BY = frozenset({"of", "for", "in"})
_ACTS = frozenset({"construction", "building"})
"""Labels that name an act when "of" follows: "the construction of a plant" builds one plant."""
_RENEWALS = frozenset({"reconstruction", "rebuilding"})
"""Labels that name an act on the thing named after "of": "the reconstruction of the border
crossing" is about border crossings, while "the reconstruction of Ukraine" or "post-war
reconstruction" is reconstruction."""
_JOINED = (" and ", " or ")
"""What stands before the last of a list of items sharing a head: "wind and solar parks"."""
_HEAD_WORDS = frozenset({"industry", "industries", "sector", "sectors", "research"})
"""Words that, after an area, only say it is an economic branch ("the tourism sector") or which
work is done in it: "fisheries research" is fisheries, as the scheme's "medical research" is
health care. "Technology" is no such word: "water technology" is a branch of its own, so both
water and technology are read."""
_TITLE_WORDS = re.compile(r"[A-Z][a-z-]*(?:\s+(?:and|of|the|[A-Z][a-z-]*))*")
"""Words written as a title writes them: each capitalised, joined by lower-case small words."""


def _hyphen_twin(key: str) -> str | None:
    """A two-word folded label written the other way: "metro rail" <-> "metro - rail"."""
    words = key.split(" ")
    if len(words) == 2 and words[0].isalnum() and words[1].isalnum():
        return f"{words[0]} - {words[1]}"
    if len(words) == 3 and words[1] == "-" and words[0].isalnum() and words[2].isalnum():
        return f"{words[0]} {words[2]}"
    return None


def _mention(concept: _Concept, text: str, start: int) -> SectorMention:
    return SectorMention(concept.iri, concept.pref_label, text, start, start + len(text))


def _nested(mention: SectorMention, others: Iterable[SectorMention]) -> bool:
    """Whether a longer mention of the same concept holds this one: "defence" read after a cue
    and "defence cooperation" read before its head noun are one area, told once."""
    return any(
        other is not mention
        and other.concept_iri == mention.concept_iri
        and other.start <= mention.start
        and mention.end <= other.end
        for other in others
    )
