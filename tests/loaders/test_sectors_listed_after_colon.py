"""Areas listed after the parts of a joint programme: "seven pillars of cooperation with the
region: ...", "four axes of partnership, namely ...", "tracks of cooperation including ...".
Near-misses: the same nouns with no list after them, and a colon that opens a quotation or a
sentence about something else, name no area."""

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
            "In Suva, the Chancellor set out five pillars of cooperation with the Pacific: "
            "capacity building, fisheries and aquaculture, youth and sport, and the ocean economy.",
            [
                "human resources, human talent, capacity building, skills development and staff "
                "training",
                "fisheries and seafood",
                "aquaculture",
                "youth",
                "sport",
                "blue and ocean economy",
            ],
        ),
        (
            "Lima and Hanoi agreed on three axes of partnership, namely food security, coastal "
            "adaptation and tourism.",
            ["food security and food supply", "coastal protection and adaptation", "tourism"],
        ),
        (
            "The envoys named four tracks of cooperation including shipbuilding and metro lines.",
            ["shipbuilding", "urban rail transport, metro and light rail"],
        ),
        (
            "The cooperation priorities for the next decade are plain: mining, water and medicine.",
            ["mining", "water resources management", "health, healthcare and medicine"],
        ),
    ],
)
def test_sectors_listed_after_colon_read(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The pillars of cooperation with Chile remain strong, the minister said.",
        'The priorities of the partnership were set, he said: "We will not stop at mining."',
        "Asked about the pillars of cooperation with Peru, the spokesman replied: "
        '"Mining, as always."',
    ],
)
def test_sectors_listed_after_colon_near_misses(sentence: str) -> None:
    assert _labels(sentence) == []
