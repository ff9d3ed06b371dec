"""Areas the parties agree to "work closely in" or "work jointly on" are areas of cooperation,
as those they "work together in" are; plain "work in" names no area."""

from __future__ import annotations

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


def test_sectors_work_closely_lists_areas() -> None:
    assert _labels(
        "Both governments pledged to work closely in fisheries and tourism over the next years."
    ) == ["fisheries and seafood", "tourism"]


def test_sectors_work_jointly_on_lists_areas() -> None:
    assert _labels("The ministers said they worked jointly on shipbuilding and aviation.") == [
        "shipbuilding",
        "aviation",
    ]


def test_sectors_work_closely_plain_work_in_names_no_area() -> None:
    assert _labels("Many nurses work in tourism and fisheries towns along the coast.") == []
