"""A trip to a meeting that was put off or called off takes the meeting's fate and time."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2024, 10, 9)


def _trips(text: str) -> set[tuple[str, str, str | None, str]]:
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    return {
        (names[v.visitor], v.host_country, v.start.lexical if v.start else None, v.status)
        for v in document.visits
    }


def test_called_off_gatherings_postponed_meeting_postpones_its_trip() -> None:
    text = (
        "The Austrian government has postponed the joint session with the Hungarian government "
        "that was to take place in Vienna later this month. Hungarian Prime Minister Gabor "
        "Farkas, who was to lead the Hungarian delegation to Vienna, said the date would be "
        "agreed soon."
    )
    assert _trips(text) == {("Gabor Farkas", "AT", "2024-10", "postponed")}


def test_called_off_gatherings_cancelled_summit_cancels_its_trip() -> None:
    text = (
        "Norway cancelled the summit that was due to be held in Oslo next month. Finnish "
        "President Aino Laine, who was to travel to Oslo for it, regretted the decision."
    )
    assert _trips(text) == {("Aino Laine", "NO", "2024-11", "cancelled")}


def test_called_off_gatherings_trip_to_another_country_keeps_its_status() -> None:
    text = (
        "The Austrian government has postponed the joint session with the Hungarian government "
        "that was to take place in Vienna later this month. Hungarian Prime Minister Gabor "
        "Farkas will visit Poland next week."
    )
    assert ("PL", "announced") in {(host, status) for _, host, _, status in _trips(text)}


def test_called_off_gatherings_meeting_held_keeps_the_plan() -> None:
    text = (
        "The joint session with the Hungarian government is to take place in Vienna later this "
        "month. Hungarian Prime Minister Gabor Farkas will lead the Hungarian delegation to "
        "Vienna."
    )
    assert {status for *_, status in _trips(text)} == {"announced"}
