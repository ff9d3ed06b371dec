"""Find the areas of cooperation a sentence names, as concepts of the SKOS sector scheme.

A sector counts only where the sentence presents it as an area of cooperation, projects or
investment: after a cue ("cooperation in", "areas of cooperation included", "in the fields of",
"projects in", "attention to", "especially in", "held talks with X on") up to the end of the
clause, or right before a head noun ("cultural and humanitarian ties", "the mining and chemical
industries"). A word that only happens to be a label elsewhere ("the UN Charter", "Victory
Day", "trade partner") is no area of cooperation, and neither is a label inside a proper name
("Ministry of Energy").

The matcher is in ``sector_matcher``, the labels it indexes in ``sector_labels``, the rules that
make a label an area in ``sector_areas``, the regions it reads in ``sector_cues`` and
``sector_heads``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dkg.loaders.steps.sector_labels import SectorConceptLike, SectorMention
from dkg.loaders.steps.sector_matcher import SectorMatcher

_LAST: list[tuple[Sequence[SectorConceptLike], SectorMatcher]] = []


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
