"""The country a tour began in, told in passing, is a visit that happened before this stop."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 6, 5)


def _visits(text: str) -> set[tuple[str, str, str]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    return {(v.visitor, v.host_country, v.status) for v in document.visits}


def test_tour_legs_the_country_a_tour_began_in_was_visited() -> None:
    visits = _visits(
        "Spanish Prime Minister Pedro Sanchez held talks with President Paul Kagame in Kigali "
        "on Tuesday, the second stop of a regional tour that began in Kenya."
    )
    assert ("pedro-sanchez", "KE", "happened") in visits
    assert ("pedro-sanchez", "RW", "happened") in visits


def test_tour_legs_the_visitors_own_country_and_talks_that_began_are_no_legs() -> None:
    home = _visits(
        "Spanish Prime Minister Pedro Sanchez held talks with President Paul Kagame in Kigali "
        "on Tuesday, on a tour that began in Spain with a business forum."
    )
    talks = _visits(
        "Spanish Prime Minister Pedro Sanchez held talks with President Paul Kagame in Kigali "
        "on Tuesday, continuing negotiations that began in Kenya last year."
    )
    assert {host for _, host, _ in home} == {"RW"}
    assert {host for _, host, _ in talks} == {"RW"}


def test_tour_legs_every_country_a_tour_has_taken_its_maker_to_was_visited() -> None:
    visits = _visits(
        "Spanish Prime Minister Pedro Sanchez arrived in Rwanda on Tuesday on the final stop "
        "of an African tour that has also taken him to Kenya, Uganda and Tanzania."
    )
    hosts = {host for who, host, status in visits if who == "pedro-sanchez"}
    assert hosts == {"RW", "KE", "UG", "TZ"}


def test_tour_legs_a_tour_that_will_take_its_maker_on_tells_no_leg_behind() -> None:
    visits = _visits(
        "Spanish Prime Minister Pedro Sanchez arrived in Rwanda on Tuesday on the first stop "
        "of an African tour that will take him to Kenya next."
    )
    assert ("pedro-sanchez", "KE", "happened") not in visits


def test_tour_legs_places_a_trip_took_someone_of_unknown_country_to_were_visited() -> None:
    visits = _visits(
        "President Ana Lopes held talks in Nairobi on Friday.\n\nThe president arrived in Kenya "
        "from Cairo, on the last leg of a trip that also took her to Egypt and Ethiopia."
    )
    assert {(host, status) for who, host, status in visits if who == "ana-lopes"} >= {
        ("EG", "happened"),
        ("ET", "happened"),
    }


def test_tour_legs_a_city_a_tour_began_in_is_a_dated_visit_in_its_country() -> None:
    document = PIPELINE(
        Document(
            "t",
            "t",
            "Austrian Chancellor Karl Nehammer returned home after a tour that began in Tirana "
            "on Monday.",
            date=DAY,
        )
    )
    assert [
        (v.host_country, v.place.name if v.place else None, v.start) for v in document.visits
    ] == [("AL", "Tirana", document.dates[0].start)]
    assert document.dates[0].start.lexical == "2024-06-03"


def test_tour_legs_a_tour_that_began_in_one_city_and_took_him_to_another() -> None:
    document = PIPELINE(
        Document(
            "t",
            "t",
            "Spanish Prime Minister Pedro Sanchez arrived in Kigali on Wednesday, the last stop "
            "of a tour that began in Nairobi on Monday and took him to Kampala earlier on "
            "Wednesday.",
            date=DAY,
        )
    )
    legs = {(v.visitor, v.host_country, v.start) for v in document.visits}
    assert ("pedro-sanchez", "UG", PartialDate(2024, 6, 5)) in legs
    assert ("pedro-sanchez", "KE", PartialDate(2024, 6, 3)) in legs


def test_tour_legs_a_later_event_in_a_tours_city_is_no_leg() -> None:
    # Counter-example: the second clause tells what the tour did, not where it went.
    visits = _visits(
        "Spanish Prime Minister Pedro Sanchez arrived in Kigali on Wednesday, the last stop "
        "of a tour that began in Spain on Monday and took him to a summit on climate finance."
    )
    assert {h for _, h, _ in visits} == {"RW"}


def test_tour_legs_a_tour_that_took_its_maker_by_title_to_countries() -> None:
    visits = _visits(
        "Spanish Prime Minister Pedro Sanchez held talks with President Paul Kagame in Kigali "
        "on Tuesday, the final stop of a tour that earlier took the Prime Minister to Kenya "
        "and Uganda."
    )
    assert {("pedro-sanchez", "KE", "happened"), ("pedro-sanchez", "UG", "happened")} <= visits


def test_tour_legs_a_tour_that_took_a_body_somewhere_is_no_leg_of_the_leaders() -> None:
    visits = _visits(
        "Spanish Prime Minister Pedro Sanchez held talks with President Paul Kagame in Kigali "
        "on Tuesday, after a naval tour that took the Spanish Navy to Kenya."
    )
    assert ("pedro-sanchez", "KE", "happened") not in visits


def test_tour_legs_a_tour_that_previously_took_its_maker_to_countries() -> None:
    visits = _visits(
        "Spanish Prime Minister Pedro Sanchez landed in Kigali on Tuesday, the final stop of a "
        "tour that previously took him to Kenya and Uganda."
    )
    assert {("pedro-sanchez", "KE", "happened"), ("pedro-sanchez", "UG", "happened")} <= visits


def test_tour_legs_a_plan_that_previously_took_shape_is_no_leg() -> None:
    # "previously" before "took" only marks a leg when a tour took someone to a place.
    visits = _visits(
        "Spanish Prime Minister Pedro Sanchez landed in Kigali on Tuesday; the accord "
        "previously took two years to draft in Kenya."
    )
    assert {host for _, host, _ in visits} == {"RW"}
