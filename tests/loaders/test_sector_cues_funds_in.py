"""Money put into a field ("joint funds in robotics and biotechnology", "financing in renewable
energy") names it as an area of cooperation; funds raised in a city name no sector."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2024, 11, 5)


def _sectors(text: str) -> list[str]:
    return [s.text for s in read(text, _DAY).sectors]


def test_sector_cues_funds_in_a_field_names_it() -> None:
    text = "The two wealth funds will set up joint funds in semiconductors and biotechnology."
    assert _sectors(text) == ["semiconductors", "biotechnology"]


def test_sector_cues_funds_in_a_place_name_no_sector() -> None:
    assert _sectors("The bank raised funds in London and Tokyo last spring.") == []
