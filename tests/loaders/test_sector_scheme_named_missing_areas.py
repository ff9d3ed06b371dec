"""Areas bilateral news names that the scheme lacked or filed under a broader one, each named
by a label whose words hold the text's: submarine telecommunications cables, urban rail and
metro, trade facilitation and non-tariff barriers, fuel supply, humanitarian aid, coastal
adaptation, medicine, staff training, diplomatic training and labour mobility. Near-misses:
a power cable is an electricity link, not telecommunications; a main-line railway is no metro;
"humanitarian" alone stays humanitarian cooperation; "fuel" as a verb names no area."""

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
            "Portugal and Cabo Verde discussed submarine telecommunications cables.",
            ["submarine and undersea telecommunications cables"],
        ),
        (
            "The two ministers discussed undersea cables and transit.",
            ["submarine and undersea telecommunications cables", "transit"],
        ),
        (
            "Egypt and Cyprus discussed a subsea power cable.",
            ["electric, electrical and electricity grid and network interconnection"],
        ),
        (
            "Cooperation in urban rail transport and light rail was agreed.",
            ["urban rail transport, metro and light rail"],
        ),
        (
            "They discussed railways and ports.",
            [
                "railways and rail transport",
                "maritime transport, shipping, ports and port infrastructure",
            ],
        ),
        (
            "The sides discussed the removal of non-tariff barriers.",
            ["trade facilitation and non-tariff barriers"],
        ),
        (
            "Kazakhstan and Kyrgyzstan discussed fuel supply and border crossings.",
            ["fuel supply", "border crossings and checkpoints"],
        ),
        (
            "Talks focused on humanitarian aid and reconstruction.",
            ["humanitarian aid and assistance", "reconstruction"],
        ),
        ("They discussed economic and humanitarian cooperation.", ["humanitarian cooperation"]),
        (
            "Samoa and Japan agreed to cooperate on coastal adaptation.",
            ["coastal protection and adaptation"],
        ),
        (
            "Cooperation in medicine and pharmaceuticals was discussed.",
            ["health, healthcare and medicine", "pharmaceuticals"],
        ),
        (
            "The academies agreed on cooperation in diplomatic training and the training of staff.",
            [
                "diplomatic training",
                "human resources, human talent, capacity building, skills development and staff "
                "training",
            ],
        ),
        (
            "They discussed labour mobility and regional security.",
            ["labour, employment and workforce mobility", "security"],
        ),
        ("Rising prices fuel demand for cooperation in tourism.", ["tourism"]),
    ],
)
def test_sector_scheme_named_missing_areas_read(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected
