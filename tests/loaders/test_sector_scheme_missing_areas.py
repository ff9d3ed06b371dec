"""Areas news names that the scheme lacked or filed under another (issue 26, sectors): plant
health apart from veterinary work, vaccines apart from medicines, carbon capture apart from
decarbonisation, construction materials apart from building, and rural development, regional
integration, the private sector, foreign policy, EU enlargement and online scams as areas of
their own; "power" read as an area only as an item of a list. Near-misses keep "power" as a
state's weight or a hold on office, "foreign policy chief" as a post, "social security number"
and "living standards" as no area, and an area's actor after "by" as no area."""

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
            "Peru and Thailand agreed to cooperate on phytosanitary requirements for mangoes.",
            ["plant health and phytosanitary measures"],
        ),
        (
            "Rwanda and Denmark discussed vaccine manufacturing and health care.",
            ["vaccines", "health, healthcare and medicine"],
        ),
        (
            "Oslo and Seoul will work together on carbon capture and storage.",
            ["carbon capture and storage"],
        ),
        (
            "Cooperation in construction materials and housing was discussed.",
            ["construction materials", "housing"],
        ),
        (
            "Ministers discussed rural development, regional integration and the private sector.",
            ["rural development", "regional integration", "private sector"],
        ),
        (
            "Skopje and Rome agreed to deepen cooperation on EU enlargement and foreign policy.",
            ["EU enlargement, accession and European integration", "foreign policy"],
        ),
        (
            "Laos and Korea pledged cooperation against online scams and drug trafficking.",
            ["online scams and fraud", "counter-narcotics and drug trafficking"],
        ),
        (
            "Botswana will work with Namibia on power trading, on livestock disease control and on"
            " mining.",
            ["electricity and power grids", "animal health", "mining"],
        ),
        (
            "The areas of cooperation discussed include power, roads and solid minerals.",
            [
                "electricity and power grids",
                "roads, road links, highways, motorways and rural roads",
                "mining",
            ],
        ),
        (
            "They will cooperate on joint deterrence, temporary workers and border procedures.",
            [
                "defence",
                "labour, employment and workforce mobility",
                "border crossings and checkpoints",
            ],
        ),
        (
            "Talks covered industrial estates, green technology and competitiveness.",
            [
                "special economic zones and free zones",
                "green economy, growth and development",
                "competitiveness",
            ],
        ),
    ],
)
def test_sector_scheme_missing_areas_are_found(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They discussed cooperation with the world power on trade and soft power.", ["trade"]),
        (
            "The envoys discussed Sudan, where the army seized power in April, and tourism.",
            ["tourism"],
        ),
        # one plant is named by its kind, as the gold names "a power plant in Ulaanbaatar"
        ("Both sides discussed the modernisation of a power plant in Erdenet.", ["power plants"]),
        ("Talks with the EU foreign policy chief on energy were held.", ["energy"]),
        ("The pension deal covers each worker's social security number.", []),
        ("Cooperation on education aims to raise living standards.", ["education"]),
        (
            "Investment in solar energy by the private sector has grown.",
            ["solar energy, solar power and photovoltaics"],
        ),
        (
            "They agreed to cooperate in farming, followed by fishing.",
            ["agriculture", "fisheries and seafood"],
        ),
    ],
)
def test_sector_scheme_missing_areas_near_misses(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected
