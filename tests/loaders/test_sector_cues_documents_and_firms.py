"""List cues held-out texts used and we missed (held-out pattern s28s, 1): what documents
"concern" or "include" ("the other texts concern ...", "the new memorandum includes ..."),
where firms that "work" in a country are busy ("most of them in ..."), and what "our"
experience is in. Each with the near-misses where the same words list no area."""

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
            "The remaining texts concern poultry farming, tourism and the fight against "
            "illegal logging.",
            [
                "livestock and animal husbandry",
                "tourism",
                "forestry, forests, reforestation and timber",
            ],
        ),
        (
            "The second memorandum concerns fisheries and shipbuilding.",
            ["fisheries and seafood", "shipbuilding"],
        ),
        (
            "The revised agreement includes the exploration of cobalt and the electric "
            "interconnection of the two grids.",
            ["cobalt", "electric, electrical and electricity grid and network interconnection"],
        ),
        (
            "Some 150 Egyptian companies work in Sudan, most of them in construction and "
            "telecommunications.",
            ["construction", "telecommunications and communications"],
        ),
        (
            "Dozens of Chinese firms are working in Angola, many of them in mining and roads.",
            ["mining", "roads, road links, highways, motorways and rural roads"],
        ),
        (
            "Estonia is ready to share our experience in e-governance and cybersecurity, the "
            "minister said.",
            ["e-government and digital governance", "cybersecurity"],
        ),
    ],
)
def test_sector_cues_documents_and_firms_name_areas(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # what worries someone, not what a document is about
        "The delay concerns farmers in the north, the minister admitted.",
        # a firm's staff, not the branches firms are busy in
        "Many workers in Kuwait, most of them from Egypt, send money home.",
        # one person's own experience
        "He spoke of his experience in banking before entering politics.",
        # who a delegation includes, not what a document covers
        "The delegation includes the ministers of energy and tourism.",
    ],
)
def test_sector_cues_documents_and_firms_near_misses_name_none(sentence: str) -> None:
    assert _labels(sentence) == []
