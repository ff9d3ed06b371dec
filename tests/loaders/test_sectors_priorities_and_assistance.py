"""Lists after "priorities in" and after "assistance (to X) in", and one-word labels that are
verbs after "to" ("to finance housing projects"); the lookalikes name no area: a priority or
aid in a place, and a list that ends on the area after "to" ("from oil and gas to finance")."""

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
            "The premier set out the Government's priorities in housing, fisheries, tourism, "
            "solar energy and the blue economy.",
            [
                "housing",
                "fisheries and seafood",
                "tourism",
                "solar energy, solar power and photovoltaics",
                "blue and ocean economy",
            ],
        ),
        (
            "Water supply is a priority in agriculture and mining, the minister said.",
            ["agriculture", "mining"],
        ),
        (
            "Korea pledged assistance to Cambodia in the development of infrastructure.",
            ["infrastructure"],
        ),
        (
            "Finland will give assistance in forestry and education.",
            ["forestry, forests, reforestation and timber", "education"],
        ),
        (
            "The Bank agreed to finance housing and irrigation projects in Malawi.",
            ["housing", "irrigation"],
        ),
        (
            "Their cooperation in energy runs from oil and gas to finance.",
            ["energy", "oil, gas and hydrocarbons", "finance"],
        ),
        (
            "They gave priority to finance, mining and tourism.",
            ["finance", "mining", "tourism"],
        ),
    ],
)
def test_sectors_priorities_and_assistance_read(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Peace is the Government's first priority in the region.",
        "Their priorities in the talks were not made public.",
        "The agency sent assistance to displaced families in the north.",
        "Canada gave assistance to Haiti in March.",
    ],
)
def test_sectors_priorities_and_assistance_in_a_place_or_time_name_no_area(
    sentence: str,
) -> None:
    assert _labels(sentence) == []
