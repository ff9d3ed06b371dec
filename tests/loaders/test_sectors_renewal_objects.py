"""An act of rebuilding before a named area is about that area (issue 4, held-out pattern 2):
"the reconstruction of the border crossing" is about border crossings, "the rebuilding of
schools" about education; rebuilding a country or "post-war reconstruction" stays
reconstruction."""

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
            "Egypt and Qatar will cooperate in the reconstruction of the border crossing.",
            ["border crossings and checkpoints"],
        ),
        (
            "Denmark offered support in the rebuilding of schools and clinics in Kharkiv.",
            ["education"],
        ),
        (
            "Japan pledged funds for the reconstruction of the power grid and for housing.",
            ["electricity and power grids", "housing"],
        ),
    ],
)
def test_sectors_renewal_objects_name_the_area(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence)[: len(expected)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland wants to cooperate in the reconstruction of Ukraine.",
        "Italy will invest in the reconstruction of the country after the floods.",
        "The talks covered post-war reconstruction and demining.",
        "Both sides want to cooperate in reconstruction.",
    ],
)
def test_sectors_renewal_objects_keep_reconstruction_of_a_place(sentence: str) -> None:
    assert "reconstruction" in _labels(sentence)
