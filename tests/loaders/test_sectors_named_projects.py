"""Areas named by a project's title-case name ("the Climate Resilient Roads Project"), by what a
restoration restores ("the restoration of security"), and not by the parties a document is
made between ("between the Kenyan Coast Guard and ..."); a label read inside a longer one is
part of it ("power" in "power plants")."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, sector_labels


def _labels(text: str) -> set[str]:
    return sector_labels(read(text, datetime.date(2024, 1, 1)))


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The World Bank approved a grant for the Resilient Rural Roads Project in Samoa.",
            {"roads, road links, highways, motorways and rural roads"},
        ),
        (
            "Australia will fund the Outer Islands Water Supply Project.",
            {"drinking water and water supply"},
        ),
        (
            "The president opened the Lake Kivu Geothermal Power Project on Monday.",
            {"geothermal power and energy"},
        ),
        (
            "The two sides welcomed cooperation in the energy sector, including the Northern "
            "Refinery and Petrochemicals Project.",
            {
                "energy",
                "oil refining and petroleum products",
                "chemical industry and petrochemicals",
            },
        ),
        (
            "Norway pledged support for the restoration of security in the border districts.",
            {"security"},
        ),
        (
            "The two sides agreed to cooperate in the restoration of historical monuments.",
            {"cultural heritage"},
        ),
        (
            "The leaders signed a Memorandum of Understanding on Coast Guard Cooperation.",
            {"coast guard"},
        ),
        (
            "The envoys discussed cooperation in new power plants.",
            {"power plants"},
        ),
    ],
)
def test_sectors_named_projects_give_their_area(text: str, labels: set[str]) -> None:
    assert _labels(text) == labels


@pytest.mark.parametrize(
    "text",
    [
        # a project named after a place or a person, or the word opening a title
        "Historians recalled the Manhattan Project at the ceremony.",
        "Project Director Lina Moreau said the works would end in May.",
        "The Alpha Project of the company opened in Lyon.",
        # the parties a memorandum is made between are no areas
        "They signed a Memorandum of Understanding on Cooperation between the Kenyan Coast Guard "
        "and the Navy of Oman.",
    ],
)
def test_sectors_named_projects_near_misses_name_no_area(text: str) -> None:
    assert _labels(text) == set()
