"""Retrospectives and profiles tell trips with other verbs than news of the day: "set foot in",
"made a surprise stop in", "returned to Tokyo" (a second trip to a country already visited)."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str, PartialDate | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2022, 5, 2)))
    return [(v.visitor, v.host_country, v.start) for v in document.visits]


def test_visit_retrospective_cues_set_foot_in_is_a_visit() -> None:
    text = "In May 2004 Prime Minister Ivo Marek became the first to set foot in Chile."
    assert [(v, h) for v, h, _ in _visits(text)] == [("ivo-marek", "CL")]


def test_visit_retrospective_cues_a_stop_made_on_the_way_is_a_visit() -> None:
    text = "Prime Minister Ivo Marek made a surprise stop in Lisbon on his way home from Brazil."
    assert [(v, h) for v, h, _ in _visits(text)] == [("ivo-marek", "PT")]


def test_visit_retrospective_cues_a_return_to_a_country_visited_is_a_second_visit() -> None:
    text = (
        "President Ines Duarte paid a state visit to Japan in April 2010. "
        "She returned to Tokyo in June 2015 for talks on trade."
    )
    assert {(v, h) for v, h, _ in _visits(text)} == {("ines-duarte", "JP")}
    assert len(_visits(text)) == 2


def test_visit_retrospective_cues_a_return_home_is_no_visit() -> None:
    text = "Chancellor Ines Duarte then returned to Berlin on Thursday evening."
    assert _visits(text) == []


def test_visit_retrospective_cues_something_that_stopped_is_no_visit() -> None:
    text = "Gas deliveries to Austria stopped in January, President Ines Duarte told reporters."
    assert _visits(text) == []


def test_visit_retrospective_cues_a_landing_to_come_is_an_announced_visit() -> None:
    text = "Foreign Minister Ravi Menon is expected to land in Dhaka on Tuesday for the forum."
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 10, 14)))
    assert [(v.visitor, v.host_country, v.status, v.start) for v in document.visits] == [
        ("ravi-menon", "BD", "announced", PartialDate(2024, 10, 15))
    ]


def test_visit_retrospective_cues_an_aircraft_that_will_land_is_no_visit() -> None:
    text = "Foreign Minister Ravi Menon said the relief aircraft would land in Dhaka at noon."
    assert _visits(text) == []
