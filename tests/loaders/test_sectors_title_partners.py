"""A title-case document name reads its subjects in capitals, but not the partner it is made
with (issue 4, held-out pattern 4): "a Memorandum on Cooperation with Airbus Defence and Space"
names a company, and "Defence" or "Space" there is no area the text gives."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    "sentence",
    [
        "Garuda signed a Memorandum of Understanding on Cooperation with Airbus Helicopters.",
        "An Agreement on Cooperation with Airbus Defence and Space was signed in Toulouse.",
        "Petrobras signed an Agreement on Partnership with Shell Energy and Chemicals.",
    ],
)
def test_sectors_title_partners_names_are_no_areas(sentence: str) -> None:
    assert _labels(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A Memorandum of Understanding on Cooperation with the Republic of Chile in "
            "Agriculture was signed.",
            ["agriculture"],
        ),
        (
            "An Agreement on Cooperation in Renewable Energy with Masdar was signed.",
            ["renewable and green energy"],
        ),
    ],
)
def test_sectors_title_partners_subjects_still_read(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected
