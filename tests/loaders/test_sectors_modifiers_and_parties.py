"""A label that is only part of another noun is no area of its own (issue 4, held-out pattern
3): the second half of a hyphened modifier of a sector ("a deep-water port" is a port, not
water management), and the parties named after "between the" ("between the diplomatic
academies of both countries": they sign the memorandum, whatever its subject); while hyphened
areas and areas that are weighed against each other stay areas."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the modifier's last word is a label, the noun it modifies the area
        (
            "Oman and India agreed to invest in a deep-water port at Duqm.",
            ["maritime transport, shipping, ports and port infrastructure"],
        ),
        ("The ministers of Norway and Iraq focused on non-oil trade.", ["trade"]),
        # the parties of a memorandum, not its subject
        (
            "Peru and Chile signed a memorandum on cooperation between the diplomatic academies "
            "of their foreign ministries.",
            [],
        ),
        (
            "A protocol on cooperation between the universities of Quito and Lima was signed.",
            [],
        ),
        # areas with a hyphen of their own, or a hyphened modifier of no sector noun
        ("Kenya and Italy discussed agri-food and e-commerce.", ["agrifood", "e-commerce"]),
        (
            "Uruguay and Spain agreed to cooperate on a green-hydrogen pilot.",
            ["hydrogen"],
        ),
        # areas weighed against each other, with no "the" before them
        (
            "The talks between Fiji and Japan centred on a balance between fisheries and tourism.",
            ["fisheries and seafood", "tourism"],
        ),
    ],
)
def test_sectors_modifiers_and_parties_name_the_areas(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels
