"""A partnership said to reach "beyond" one area to others names all of them: the area it has
("beyond oil and gas") and the ones it is to take in ("to solar and hydrogen"). Ties that reach
beyond a place, a group or a year name no area."""

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
            "Ms Okafor said the partnership with Brazil should move beyond oil and gas to"
            " fertilisers, shipbuilding and tourism.",
            ["oil, gas and hydrocarbons", "fertilisers", "shipbuilding", "tourism"],
        ),
        (
            "Both sides want relations to grow beyond tourism to include fisheries and the blue"
            " economy.",
            ["tourism", "fisheries and seafood", "blue and ocean economy"],
        ),
    ],
)
def test_sector_cues_beyond_name_both_sides(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The ties between Oman and Kenya go beyond the region.",
        "Their partnership reaches beyond governments to the people of both nations.",
        "The cooperation goes beyond borders, the envoy said.",
    ],
)
def test_sector_cues_beyond_a_place_or_a_group_names_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
