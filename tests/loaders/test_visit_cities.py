"""A visit is placed in the city where its talks were held, not the one its guest landed in."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 6, 7)  # a Friday


def _visit_cities(text: str) -> list[tuple[str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    return [(v.host_country, v.place and v.place.city) for v in document.visits]


def test_visit_cities_the_city_of_the_talks_places_the_visit() -> None:
    text = (
        "Chilean President Ana Silva landed in Osaka on Monday for a state visit to Japan. "
        "On Wednesday, in Tokyo, she held talks with Prime Minister Kenji Sato."
    )
    assert _visit_cities(text) == [("JP", "Tokyo")]


def test_visit_cities_talks_in_the_arrival_city_leave_it() -> None:
    home = (
        "Chilean President Ana Silva landed in Osaka on Monday for a state visit to Japan. "
        "On Tuesday, in Osaka, she held talks with Prime Minister Kenji Sato."
    )
    assert _visit_cities(home) == [("JP", "Osaka")]
