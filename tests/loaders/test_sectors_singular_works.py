"""Work done on a thing whose plural is an area names that area, as news writes the thing in the
singular before the work ("road rehabilitation", "bridge repairs", "school construction"); the
singular without such work ("the road to peace") or bridge building between peoples is none."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _read(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "Korea offered Laos funding for road rehabilitation and bridge repairs.",
            [
                ("road rehabilitation", "roads, road links, highways, motorways and rural roads"),
                ("bridge repairs", "construction"),
            ],
        ),
        (
            "Talks in Dakar focused on school construction and hospital upgrades.",
            [
                ("school construction", "education"),
                ("hospital upgrades", "health, healthcare and medicine"),
            ],
        ),
    ],
)
def test_sectors_singular_works_name_the_plural_area(
    sentence: str, read: list[tuple[str, str]]
) -> None:
    assert _read(sentence) == read


@pytest.mark.parametrize(
    "sentence",
    [
        "Their talks centred on the road to a lasting peace.",
        "Ministers from Oman and Iran discussed bridge building between their peoples.",
    ],
)
def test_sectors_singular_works_without_work_name_no_area(sentence: str) -> None:
    assert _read(sentence) == []
