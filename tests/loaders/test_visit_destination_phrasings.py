"""Trips told by their destination rather than by "visit": a first trip abroad, a delegation
led to a summit, a journey under way or still to come, a flight into a city."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
SUNDAY = datetime.date(2024, 10, 20)


def _visits(text: str) -> list[tuple[str, str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=SUNDAY))
    return [
        (v.host_country, v.status, v.start.lexical if v.start else None) for v in document.visits
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Tomas Rojas made Lima his first foreign destination in office.",
        "Chilean President Tomas Rojas chose Peru for his first overseas trip as head of state.",
        "Chilean President Tomas Rojas picked Lima for his maiden foreign trip.",
        "Chilean President Tomas Rojas made Lima the destination of his first trip abroad.",
        "The first trip abroad of Chilean President Tomas Rojas took him to Lima.",
    ],
)
def test_visit_first_trip_abroad_names_its_destination(text: str) -> None:
    assert _visits(text) == [("PE", "happened", None)]


def test_visit_a_first_trip_still_to_come_is_announced() -> None:
    text = "Chilean President Tomas Rojas is set to make Peru his first foreign stop next week."
    # Next week from Sunday 20 October 2024 is 21-27 October: the month is certain.
    assert _visits(text) == [("PE", "announced", "2024-10")]


def test_visit_a_first_trip_that_names_no_place_is_no_visit() -> None:
    assert _visits("Chilean President Tomas Rojas made his first foreign trip a short one.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chilean Foreign Minister Ana Flores will lead the delegation to the summit in Kazan.",
        "Chilean Foreign Minister Ana Flores will lead the Chilean delegation in Kazan.",
        "Chilean Foreign Minister Ana Flores will head a small delegation to Moscow.",
    ],
)
def test_visit_leading_a_delegation_is_a_trip_there(text: str) -> None:
    assert _visits(text) == [("RU", "announced", None)]


def test_visit_to_a_summit_is_a_visit_to_its_host_city() -> None:
    text = "Chilean President Tomas Rojas travelled to the G20 summit in New Delhi."
    assert _visits(text) == [("IN", "happened", None)]


def test_visit_flying_in_from_a_summit_is_not_a_visit_to_the_summit() -> None:
    text = "Chilean President Tomas Rojas, flying in from the BRICS summit in Kazan, reached Lima."
    assert ("RU", "happened", None) not in _visits(text)


def test_visit_travelling_with_a_day_to_come_is_announced() -> None:
    assert _visits("Indian Prime Minister Narendra Modi is travelling to Poland on Wednesday.") == [
        ("PL", "announced", "2024-10-23")
    ]


def test_visit_travelling_now_is_under_way() -> None:
    text = "Indian Prime Minister Narendra Modi is travelling to Poland for talks with Donald Tusk."
    assert _visits(text) == [("PL", "happened", None)]


@pytest.mark.parametrize(
    "text",
    [
        "South African President Cyril Ramaphosa flew into Kazan on Friday.",
        "South African President Cyril Ramaphosa flew to Kazan for talks on Friday.",
        "South African President Cyril Ramaphosa landed in Kazan on Friday.",
    ],
)
def test_visit_a_flight_there_is_an_arrival(text: str) -> None:
    assert _visits(text) == [("RU", "happened", "2024-10-18")]
