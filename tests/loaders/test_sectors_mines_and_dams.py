"""A mine or a dam to be built names its branch as a factory does ("a copper mine", "a
hydroelectric dam"); one named site, a site already told of, and "mine" the pronoun do not."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chinese lenders will fund a copper mine and a hydroelectric dam in Zambia.",
            ["copper", "hydropower and hydroelectricity"],
        ),
        ("Chile and Australia agreed to develop a lithium mine together.", ["lithium"]),
    ],
)
def test_sectors_mines_and_dams_new_sites(sentence: str, expected: list[str]) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Mutanda copper mine was closed for a week.",  # one named site
        "The minister toured the old copper mine outside the city.",  # told of already
        "She said the idea was a friend of mine from the tourism ministry.",  # the pronoun
        "The storm damaged a dam upstream of the town.",  # no branch named
    ],
)
def test_sectors_mines_and_dams_not_areas(sentence: str) -> None:
    assert labels(sentence) == []
