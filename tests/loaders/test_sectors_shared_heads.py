"""Modifiers listed before one head noun each name the area they make with it: "wind and solar
parks" are wind parks and solar parks, "road and rail transport" road transport and rail
transport. An item that makes no label with the head keeps its own reading, and a word inside a
longer area is no item."""

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
            "Egypt and Denmark agreed to cooperate on wind and solar parks.",
            ["wind energy and wind power", "solar energy, solar power and photovoltaics"],
        ),
        (
            "Serbia and Hungary will cooperate in road and rail transport.",
            ["road transport", "railways and rail transport"],
        ),
        (
            "Chile offered its expertise in wind, solar, and hydro power to Bolivia.",
            [
                "wind energy and wind power",
                "solar energy, solar power and photovoltaics",
                "hydropower and hydroelectricity",
            ],
        ),
        (
            "Fiji and New Zealand discussed cooperation in air or sea transport.",
            [
                "air transport and air services",
                "maritime transport, shipping, ports and port infrastructure",
            ],
        ),
    ],
)
def test_sectors_shared_heads_each_modifier_names_its_area(
    sentence: str, labels: list[str]
) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # "trade security" is no area: trade is trade
        (
            "Qatar and Kenya discussed cooperation in trade and energy security.",
            ["trade", "energy"],
        ),
        # a comma alone lists two areas, no shared head
        (
            "Oman and India discussed cooperation in tourism, solar power and banking.",
            ["tourism", "solar energy, solar power and photovoltaics", "banking"],
        ),
        # "gas" belongs to "natural gas", not to "gas supply"
        (
            "Algeria and Spain discussed cooperation in natural gas and electricity supply.",
            ["natural gas", "electricity and power grids"],
        ),
    ],
)
def test_sectors_shared_heads_items_without_a_shared_label_keep_their_reading(
    sentence: str, labels: list[str]
) -> None:
    assert _labels(sentence) == labels
