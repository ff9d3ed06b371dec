"""A place a guest came from is where the trip began: talks told with "on the day of his
arrival from Lisbon" were not held in Lisbon, and no visit to Portugal follows from them."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2023, 9, 14)


def _read(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=DAY))


def test_meeting_origin_places_the_city_a_guest_came_from_is_not_the_talks_place() -> None:
    document = _read(
        "On Tuesday, the day of his arrival from Lisbon, Brazilian President Carlos Moura was "
        "received by Angolan President Joana Dias at the presidential palace."
    )
    assert [m.place.name if m.place else None for m in document.meetings] == [None]
    assert [v.host_country for v in document.visits if v.host_country == "PT"] == []


def test_meeting_origin_places_the_city_the_talks_were_held_in_is_kept() -> None:
    document = _read(
        "Angolan President Joana Dias received Brazilian President Carlos Moura in Luanda on "
        "Tuesday, a day after his arrival from Lisbon."
    )
    assert [m.place.name if m.place else None for m in document.meetings] == ["Luanda"]


def test_meeting_origin_places_talks_set_in_the_city_left_behind_keep_it() -> None:
    document = _read(
        "Brazilian President Carlos Moura arrived in Luanda from Lisbon, where he had held "
        "talks with Portuguese President Rui Tavares on Monday."
    )
    assert "Lisbon" in [m.place.name if m.place else None for m in document.meetings]
