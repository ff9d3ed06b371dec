"""Areas named after training or aid offered ("training in mining and fisheries", "grant aid
of 40 million kroner for irrigation") are areas of cooperation; "the construction with the
participation of X of a plant" builds one plant and names no construction sector."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _sectors(text: str) -> set[str]:
    return {s.label for s in read(text).sectors}


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The minister said Lima would also offer training in mining and fisheries to "
            "Chilean officials.",
            {"mining", "fisheries and seafood"},
        ),
        (
            "Norway announced grant aid of about 40 million kroner for irrigation in the south.",
            {"irrigation"},
        ),
        (
            "The bank approved technical assistance in aquaculture for the coast.",
            {"aquaculture"},
        ),
    ],
)
def test_sectors_acts_and_aid_offered_name_areas(text: str, labels: set[str]) -> None:
    assert labels <= _sectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "She received her training in London before joining the ministry.",
        "The aid of the neighbours for the families was welcome.",
    ],
)
def test_sectors_acts_and_aid_without_an_area(text: str) -> None:
    """Counter-examples: a place of training, and aid for no area."""
    assert _sectors(text) == set()


def test_sectors_acts_and_aid_the_construction_with_is_an_act() -> None:
    text = (
        "The parties discussed cooperation in the fields of energy, including the construction "
        "with the participation of a Russian firm of a small power plant, and transport."
    )
    # the act is no area, the plant built is one (power plants)
    assert _sectors(text) == {"energy", "power plants", "transport"}


def test_sectors_acts_and_aid_construction_with_partners_is_a_sector() -> None:
    """Counter-example: construction named as an area, with whom, stays a sector."""
    text = (
        "The parties discussed cooperation in the fields of energy, construction with Turkish "
        "firms and transport."
    )
    assert "construction" in _sectors(text)
