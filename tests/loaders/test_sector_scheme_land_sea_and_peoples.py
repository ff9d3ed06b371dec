"""Areas the sector scheme lacked as concepts of their own: dry ports, indigenous peoples, land
use and ocean governance; and news forms of known areas ("electric mobility", "wood products").
The same words in another sense, or outside a cue, name no area."""

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
            "Uganda and Tanzania agreed to cooperate in dry ports and rail freight.",
            ["dry ports", "railways and rail transport"],
        ),
        (
            "Norway and Bolivia discussed cooperation on indigenous rights and land-use change.",
            ["indigenous peoples", "land use"],
        ),
        (
            "Fiji and Portugal signed an agreement on marine spatial planning.",
            ["ocean governance"],
        ),
        (
            "Austria and Chile will expand cooperation in electric mobility and wood products.",
            ["electric and new energy vehicles", "forestry, forests, reforestation and timber"],
        ),
    ],
)
def test_sector_scheme_land_sea_and_peoples_are_found(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister met indigenous people in the village of Tarija.",  # no cue: people met
        "The land use office in Suva was closed on Monday.",
        "The convoy reached the dry port at dawn.",
    ],
)
def test_sector_scheme_land_sea_and_peoples_need_a_cue(sentence: str) -> None:
    assert _labels(sentence) == []


def test_sector_scheme_land_sea_and_peoples_sit_under_their_broader_area() -> None:
    broader = {c.pref_label: c.broader for c in sector_concepts()}
    iris = {c.pref_label: c.iri for c in sector_concepts()}
    assert iris["logistics"] in broader["dry ports"]
    assert iris["human rights"] in broader["indigenous peoples"]
    assert iris["environment"] in broader["land use"]
    assert iris["maritime cooperation"] in broader["ocean governance"]
