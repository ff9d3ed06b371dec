"""A range of sectors as a cue (issue 26): "active in sectors from mining and banking to
aerospace and rail" lists four areas; a place or a date after "from" lists none."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    """One label per area, as the document's graph has one CooperationArea per concept."""
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Korean firms are active in sectors from fisheries and banking to aerospace and rail.",
            ["fisheries and seafood", "banking", "aerospace", "railways and rail transport"],
        ),
        (
            "The fund will back firms in fields ranging from fintech to tourism.",
            ["fintech", "tourism"],
        ),
        ("Delegates came from industries from Chile and Peru.", []),
        ("Output in those sectors from 2019 to 2023 doubled.", []),
    ],
)
def test_sector_cues_ranges_list_their_ends(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected
