"""Areas news names with cues the sector reader lacked: the goods a trade is made of after
"exports, including", what two sides fight together ("cooperation against"), what the firms
present in a country do ("companies operate in X, many in"), and a country's experience one
wants to learn from ("the Paraguayan experience in"). The same words in another sense name no
area."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "New duties hit Danish exports, including seafood, machinery and fertilisers.",
            ["fisheries and seafood", "mechanical engineering and machinery", "fertilisers"],
        ),
        (
            "Peru's imports, such as pharmaceuticals and steel, grew in May.",
            ["pharmaceuticals", "steel"],
        ),
        (
            "Bolivia and Brazil pledged closer cooperation against drug trafficking and organized"
            " crime.",
            ["counter-narcotics and drug trafficking", "transnational organized crime"],
        ),
        (
            "Some 1,800 Spanish companies operate in Mexico, many in banking, tourism and energy.",
            ["banking", "tourism", "energy"],
        ),
        (
            "Dozens of Korean firms are active in Kazakhstan, most in logistics and construction.",
            ["logistics", "construction"],
        ),
        (
            "Paraguay wants to learn from the Uruguayan experience in forestry.",
            ["forestry, forests, reforestation and timber"],
        ),
        (
            "Laos hopes to draw on the Vietnamese experience in hydropower.",
            ["hydropower and hydroelectricity"],
        ),
    ],
)
def test_sector_cues_firms_and_fights_name_areas(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # against a thing, not a crime fought together
        "Both leaders vowed to strengthen our cooperation to fight bias against palm oil.",
        # where firms are, not what they do
        "About 300 Dutch companies operate in Lima and Arequipa.",
        "Over 400 Turkish firms operate in Kenya, and trade rose to a record in 2025.",
        # a person's experience, not a country's
        "His experience in banking helped the new ambassador of Ghana.",
        "The minister's experience in mining was praised.",
        # exports of a country to a place, not the goods
        "Exports, including to Brazil and Chile, rose in March.",
    ],
)
def test_sector_cues_firms_and_fights_same_words_in_another_sense_name_no_area(
    sentence: str,
) -> None:
    assert _labels(sentence) == []
