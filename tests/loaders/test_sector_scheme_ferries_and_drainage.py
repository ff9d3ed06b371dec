"""Ferries and drainage named as areas: "a ferry service" is maritime transport and "drainage
works" sanitation, as the UN's "water supply, sanitation and drainage" groups them; a ferry or a
field's drainage told as news is no area, and ferries bought are goods, not a sector."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sector_matcher import SectorMatcher
from dkg.ontology.vocabulary import sector_concepts

MATCHER = SectorMatcher(sector_concepts())


@pytest.mark.parametrize(
    ("sentence", "item", "expected"),
    [
        (
            "Senegal and Gambia agreed to cooperate on ferry services and road transport.",
            False,
            ["maritime transport, shipping, ports and port infrastructure", "road transport"],
        ),
        (
            "Greece and Albania will expand cooperation in ferry links and shipbuilding.",
            False,
            ["maritime transport, shipping, ports and port infrastructure", "shipbuilding"],
        ),
        (
            "The projects cover drainage, water supply and street lighting.",
            False,
            ["sanitation", "drinking water and water supply"],
        ),
        (
            "- Launch of a ferry service between the two islands",
            True,
            ["maritime transport, shipping, ports and port infrastructure"],
        ),
        ("- Handover of drainage works in 12 towns", True, ["sanitation"]),
    ],
)
def test_sector_scheme_ferries_and_drainage_are_areas(
    sentence: str, item: bool, expected: list[str]
) -> None:
    assert [m.label for m in MATCHER.find(sentence, 0, item)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The drainage of the marsh took two years.",
        "The ferry capsized off the coast at dawn.",
        # the vessels bought are goods, as an aircraft is
        "Japan offered loans for two ferries and a patrol boat.",
        "Farmers complained about poor drainage in their fields.",
    ],
)
def test_sector_scheme_ferries_and_drainage_not_when_told_as_news(sentence: str) -> None:
    assert MATCHER.find(sentence, 0) == []
