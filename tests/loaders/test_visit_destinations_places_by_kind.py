"""A trip to a place named by its kind ("the province of Nampula", "the region of Tigray") goes
to that place's country, as "the capital of Kenya" does; a province only talked about is no
destination."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

DAY = datetime.date(2025, 3, 8)  # a Saturday


def test_visit_destinations_places_by_kind_province_of_a_known_city() -> None:
    text = "South African President Cyril Ramaphosa spent Saturday in the province of Nampula."
    assert ("Cyril Ramaphosa", "MZ") in visits(read(text, DAY))


def test_visit_destinations_places_by_kind_not_a_place_talked_about() -> None:
    text = (
        "Kenyan President William Ruto spoke in Nairobi on Saturday about the province of"
        " Nampula and the city of Arusha."
    )
    assert visits(read(text, DAY)) == set()
