"""Areas read where the text named another or none (held-out pattern s28s, 4): industry as a
whole from one branch's industry ("the drug industry", "the manufacturing of electric
vehicles"), an aid framework ("economic and technical cooperation"), the audience a leader
addressed ("the community event ... the diaspora"), and migration for its narrower areas
(migrant workers, immigration, refugees, the diaspora). The near-misses keep their area."""

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
        ("Jordan and India discussed cooperation in the drug industry.", ["pharmaceuticals"]),
        ("Cuba and Vietnam will cooperate in the biopharmaceutical industry.", ["pharmaceuticals"]),
        ("Chile and Spain discussed cooperation in the wine industry and tourism.", ["tourism"]),
        (
            "Korean firms signed deals on batteries and the manufacturing of electric vehicles.",
            [
                "battery industry, electric batteries and energy storage",
                "electric and new energy vehicles",
            ],
        ),
        ("China and Laos signed an agreement on economic and technical cooperation.", []),
        (
            "The president addressed a community event in Doha attended by members of the "
            "Filipino diaspora.",
            [],
        ),
        (
            "Nepal and Qatar discussed the welfare of migrant workers.",
            ["labour migration and migrant workers"],
        ),
        ("The memoranda cover immigration and customs.", ["immigration", "customs"]),
        (
            "Talks focused on the return of refugees and demining.",
            ["refugees", "mine action and humanitarian demining"],
        ),
        ("Mexico and Spain discussed their diaspora and culture.", ["diaspora", "culture"]),
        ("The ministers discussed competitiveness and energy.", ["competitiveness", "energy"]),
    ],
)
def test_sectors_misread_areas_give_the_area_named(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cooperation in industry and energy was discussed.", ["industry", "energy"]),
        ("The two sides agreed to boost industry and farming.", ["industry", "agriculture"]),
        ("They discussed cooperation in manufacturing and mining.", ["industry", "mining"]),
        (
            "The two sides signed an agreement on technical cooperation in irrigation.",
            ["irrigation"],
        ),
        (
            "The ministers addressed irregular migration and border security.",
            ["migration", "border security, management and control"],
        ),
    ],
)
def test_sectors_misread_areas_near_misses_keep_their_area(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected
