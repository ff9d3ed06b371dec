"""A compound of an area and a head noun is read the same way for every area: "research" after an
area only says which work is done in it ("fisheries research" is fisheries, as "medical research"
is health care), while "technology" names a branch of its own ("water technology" is water and
technology); alone, or after a word that is no area, research stays an area."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Norway and Namibia will cooperate in fisheries research.", ["fisheries and seafood"]),
        (
            "Uganda and Brazil agreed to work together on agricultural research and tourism.",
            ["agriculture", "tourism"],
        ),
        (
            "The ministers of Cuba and Angola discussed health research.",
            ["health, healthcare and medicine"],
        ),
    ],
)
def test_sectors_compound_heads_research_after_an_area_is_that_area(
    sentence: str, labels: list[str]
) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Jordan and the Netherlands discussed cooperation in water technology.",
            ["water resources management", "science, technology and scientific research"],
        ),
        (
            "Peru and Finland agreed to cooperate in research and tourism.",
            ["science, technology and scientific research", "tourism"],
        ),
        # "research and development" is an area of its own, not the head of "energy"
        (
            "Tunisia and Italy will cooperate in energy research and development.",
            ["energy", "science, technology and scientific research"],
        ),
        (
            "Korea and Vietnam will cooperate in joint research.",
            ["science, technology and scientific research"],
        ),
    ],
)
def test_sectors_compound_heads_technology_and_lone_research_stay_areas(
    sentence: str, labels: list[str]
) -> None:
    assert _labels(sentence) == labels
