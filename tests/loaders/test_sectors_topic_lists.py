"""Areas named in the topic lists and nouns news writes beyond the usual cues: talks told with
a place or a time between "talks" and "on", what a trade is made of, firms and facilities of a
sector ("technology and defence companies", "a battery factory"); and the lookalikes where
those words name no area of cooperation."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _labels(text: str) -> list[str]:
    return [s.label for s in read(text, datetime.date(2024, 5, 2)).sectors]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "President Ruto of Kenya held talks in Lisbon with Prime Minister Montenegro of "
            "Portugal on fisheries and tourism.",
            ["fisheries and seafood", "tourism"],
        ),
        (
            "Ministers of Egypt and Greece had talks last week about migration and electricity.",
            ["migration", "electricity and power grids"],
        ),
        (
            "The talks between Peru and Korea on Monday centred on mining and shipbuilding.",
            ["mining", "shipbuilding"],
        ),
        (
            "Bolivia's main exports to Spain are led by zinc and natural gas.",
            ["mining", "natural gas"],
        ),
        (
            "Kenya's imports from India consist mainly of pharmaceuticals and machinery.",
            ["pharmaceuticals", "mechanical engineering and machinery"],
        ),
        (
            "The Swedish delegation to Brazil included technology and defence companies.",
            ["science, technology and scientific research", "defence"],
        ),
        (
            "A Chinese firm will build a battery factory in Hungary.",
            ["battery industry, electric batteries and energy storage"],
        ),
        (
            "Turkey will open an electric car plant near Izmir with help from Germany.",
            ["electric and new energy vehicles"],
        ),
        (
            "Tanzania and China agreed to build a railway line to Zambia.",
            ["railways and rail transport"],
        ),
        (
            "Kazakhstan supplies much of the uranium burnt in French nuclear plants.",
            ["nuclear power and civil nuclear energy"],
        ),
    ],
)
def test_sectors_topic_lists_name_areas(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # a day or an occasion after the talks, not their subject
        "Talks between Chile and Peru were held in Lima on 5 May.",
        "The ministers of Ghana and Togo had a meeting in Accra on the sidelines of the summit.",
        # a team led by someone, not a trade made of goods
        "The sales team from Oman was led by a former minister of energy.",
        # one firm's or one site's plant, and a spy "planted" by a party
        "Kishida of Japan will tour a Toyota battery plant in the United States.",
        "Experts from Korea will inspect the Fukushima nuclear plant in Japan.",
        "The opposition in Ghana called the minister a plant of the ruling party.",
        "The premier of China will tour the copper smelting plant of a Chilean miner.",
        # "line" as a stance or an agreement, not a railway
        "Peru and Chile set tariffs on trade in line with the rules of the WTO.",
        "The two governments of Chile and Peru took a hard line on the dispute.",
    ],
)
def test_sectors_topic_lists_lookalikes_name_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
