"""Aid to another state's armed forces is an area of its own (issue 4, held-out pattern 4):
"military aid" and "security assistance" used to give the broad "defence" from their first
word, both a miss and an extra for a reader who named the aid. "Military support" stays
defence: news writes it for backing one side of a war as often as for aid. Defence cooperation,
arms sales and the other kinds of aid keep their own concepts."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "The talks in Vilnius focused on military aid and air defence.",
            ["military aid and security assistance", "air defence"],
        ),
        (
            "Estonia and Moldova discussed military assistance and cyber security.",
            ["military aid and security assistance", "cybersecurity"],
        ),
        (
            "Estonia and Moldova discussed military support for the rebels.",
            ["defence"],
        ),
        (
            "Japan and Fiji agreed to cooperate on security assistance.",
            ["military aid and security assistance"],
        ),
        # the neighbours keep their concepts
        (
            "Chile and Brazil agreed to cooperate in military training.",
            ["military training and education"],
        ),
        (
            "Talks focused on arms sales and tourism.",
            ["arms deliveries, supplies and military supply", "tourism"],
        ),
        (
            "Talks focused on humanitarian aid and fisheries.",
            ["humanitarian aid and assistance", "fisheries and seafood"],
        ),
        ("Talks focused on development aid.", ["development assistance"]),
    ],
)
def test_sector_scheme_military_aid_is_its_own_area(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels
