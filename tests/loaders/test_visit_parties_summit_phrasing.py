"""Who visits where, as summit and tour reports phrase it: the host of "a visit hosted by X"
is no visitor, "a visit of less than 24 hours" names no one, "reached Dubai" is an arrival,
"an air base south of Seoul" places it, "the war in Gaza" is a topic, not a destination, and
a guest thanked "for her visit" made it."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from tests.visit_rows import visit_rows

FILED = datetime.date(2023, 12, 2)


def _trips(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(r.visitor, r.host_country, r.city) for r in visit_rows(text, FILED)]


def test_visit_parties_the_host_of_a_visit_is_no_visitor() -> None:
    text = (
        "German Chancellor Olaf Scholz flew into Nairobi for a two-day visit hosted by "
        "President William Ruto."
    )
    assert _trips(text) == [("Olaf Scholz", "KE", "Nairobi")]


def test_visit_parties_a_visit_by_someone_is_still_theirs() -> None:
    text = "The three-day visit by President William Ruto to Berlin began on Monday."
    assert _trips(text) == [("William Ruto", "DE", "Berlin")]


def test_visit_parties_the_length_of_a_visit_names_no_visitor() -> None:
    text = (
        "Indian Prime Minister Narendra Modi arrived in Dubai on Thursday for a visit of less "
        "than 24 hours and held talks with Israeli President Isaac Herzog."
    )
    assert _trips(text) == [("Narendra Modi", "AE", "Dubai")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian Prime Minister Narendra Modi reached Dubai on Thursday night.",
            [("Narendra Modi", "AE", "Dubai")],
        ),
        (
            "Indian Prime Minister Narendra Modi and French President Emmanuel Macron reached an "
            "agreement in Paris on Thursday.",
            [],
        ),
        (
            "Trade between India and the Emirates reached a record, Indian Prime Minister "
            "Narendra Modi said on Thursday.",
            [],
        ),
    ],
)
def test_visit_parties_reached_a_place_is_an_arrival(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _trips(text) == expected


def test_visit_parties_a_base_south_of_a_city_is_in_that_city_country() -> None:
    text = "US House Speaker Nancy Pelosi arrived at Osan Air Base, south of Seoul, on Wednesday."
    assert _trips(text) == [("Nancy Pelosi", "KR", "Seoul")]


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi arrived in Dubai on Thursday and held talks with "
        "Israeli President Isaac Herzog on the situation in Gaza.",
        "Italian Prime Minister Giorgia Meloni held talks in Cairo with Egyptian President "
        "Abdel Fattah al-Sisi, in which they discussed the war in Gaza.",
    ],
)
def test_visit_parties_a_place_talked_about_is_no_destination(text: str) -> None:
    assert all(host != "PS" for _, host, _ in _trips(text))


def test_visit_parties_a_place_talked_about_is_no_venue_of_the_talks() -> None:
    text = (
        "Israeli President Isaac Herzog and Indian Prime Minister Narendra Modi discussed the "
        "situation in Gaza at their meeting on Friday."
    )
    document = default_pipeline()(Document("t", "t", text, date=FILED))
    assert [m.place for m in document.meetings] == [None]


def test_visit_parties_a_topic_beside_a_real_destination_keeps_it() -> None:
    text = "Egyptian President Abdel Fattah al-Sisi paid a visit to Sudan during the war in Yemen."
    assert [host for _, host, _ in _trips(text)] == ["SD"]


def test_visit_parties_the_thanked_guest_made_the_visit() -> None:
    text = (
        "Kenyan President William Ruto thanked Indian Prime Minister Narendra Modi for his "
        "visit to Nairobi in July 2016."
    )
    assert _trips(text) == [("Narendra Modi", "KE", "Nairobi")]


def test_visit_parties_the_host_who_thanks_makes_no_trip_abroad() -> None:
    text = (
        "US House Speaker Nancy Pelosi met President Yoon Suk Yeol of South Korea on Thursday. "
        "Yoon thanked the Speaker for her visit and asked for support for South Korean "
        "companies investing in the United States."
    )
    assert all(visitor != "Yoon Suk Yeol" for visitor, _, _ in _trips(text))


def test_visit_parties_thanks_for_something_else_leave_the_trip_to_the_subject() -> None:
    text = (
        "Kenyan President William Ruto thanked Indian Prime Minister Narendra Modi for the "
        "support, and then flew to India for a state visit."
    )
    assert [(visitor, host) for visitor, host, _ in _trips(text)] == [("William Ruto", "IN")]
