"""The sector matcher: a scheme's labels, found where a cue or a head noun opens a region.

Labels are the concepts' prefLabel and altLabels; the longest match wins ("renewable energy"
over "energy"). Coordinated forms are read as news writes them: "energy, particularly nuclear
and renewables" gives nuclear and renewable energy; "the chemical, engineering and aerospace
industries" tries "chemical industry", "engineering industry", "aerospace industry"; a label
that joins two other labels ("transport and logistics") gives both.

The labels are indexed in ``sector_labels`` and read as areas in ``sector_areas``; items that
share a head are read in ``sector_shared_heads`` and ``sector_heads``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dkg.loaders.case_blind import folded
from dkg.loaders.steps.sector_areas import areas_in
from dkg.loaders.steps.sector_cues import cue_regions, titled_cue, without_partners
from dkg.loaders.steps.sector_heads import (
    HEAD_NOUN,
    elliptical_mentions,
    head_regions,
    project_names,
)
from dkg.loaders.steps.sector_kin_items import kin_item_mentions
from dkg.loaders.steps.sector_labels import SectorConceptLike, SectorLabels, SectorMention
from dkg.loaders.steps.sector_shared_heads import shared_head_mentions
from dkg.loaders.steps.sentence_tokens import SentenceTokens


class SectorMatcher:
    """A compiled matcher over one list of concepts; build once, use for every sentence."""

    def __init__(self, concepts: Sequence[SectorConceptLike]) -> None:
        """Index every label of every concept (see ``SectorLabels``)."""
        self._labels = SectorLabels(concepts)

    def find(
        self,
        sentence: str,
        offset: int,
        item: bool = False,
        countries: frozenset[int] = frozenset(),
        sentence_tokens: SentenceTokens | None = None,
    ) -> list[SectorMention]:
        """The sectors ``sentence`` names as areas of cooperation, left to right; all of it is
        read as a list when it is an ``item`` under a lead-in (``opens_list``). ``countries``
        holds the sentence offsets where a country's name or demonym starts ("French");
        ``sentence_tokens`` are the sentence's, to share with the sentence's other finders."""
        lowered = folded(sentence)  # same length: "İstanbul" lowers to two characters
        if not self._labels.may_name_area(lowered):
            return []  # a third of sentences: no cue or head noun is looked for in them
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
        tokens = (sentence_tokens or SentenceTokens(sentence)).tokens
        regions += head_regions(tokens, heads, countries)
        titled |= project_names(sentence, tokens, heads)
        if not regions:
            return []
        labels = self._labels
        mentions: dict[tuple[int, int], SectorMention] = {}
        for start, end in regions:
            inside = [t for t in tokens if start <= t.start and t.end <= end]
            for mention in areas_in(labels, sentence, inside, offset, (start, end) in titled):
                mentions.setdefault((mention.start, mention.end), mention)
        covered = [(m.start - offset, m.end - offset) for m in mentions.values()]
        for mention in elliptical_mentions(
            labels, sentence, lowered, tokens, offset, covered, regions
        ):
            mentions.setdefault((mention.start, mention.end), mention)
        for mention in shared_head_mentions(
            labels, sentence, tokens, offset, list(mentions.values()), regions
        ):
            mentions[(mention.start, mention.end)] = mention  # "wind" read as "wind power"
        for mention in kin_item_mentions(labels, tokens, offset, list(mentions.values()), regions):
            mentions.setdefault((mention.start, mention.end), mention)  # "solar, wind and"
        found = [m for m in mentions.values() if not _nested(m, mentions.values())]
        return sorted(found, key=lambda m: (m.start, m.end))

    def opens_list(self, sentence: str) -> bool:
        """Whether the sentence ends with a colon right after a cue ("The areas of cooperation
        are:", "MoUs were signed in the following fields:"): the items below list sectors."""
        lowered = folded(sentence.rstrip())
        return lowered.endswith(":") and any(
            end == len(lowered) - 1 for _, end in cue_regions(lowered)
        )


def _nested(mention: SectorMention, others: Iterable[SectorMention]) -> bool:
    """Whether a longer mention holds this one: "defence" read after a cue and "defence
    cooperation" read before its head noun are one area, told once; and "power" read before the
    head noun "plants" is part of "power plants" read after a cue, an area of its own (the
    longest label wins across regions as it does in one)."""
    return any(
        other is not mention and other.start <= mention.start and mention.end <= other.end
        for other in others
    )
