"""A guest who "flew into" an airport the gazetteer does not place arrived where the story is
filed from (issue 4): the airport is the way in, not a destination."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

_DAY = datetime.date(2025, 8, 2)


def test_visit_airport_arrivals_flew_into_an_airport_arrives_at_the_dateline() -> None:
    text = (
        "ACCRA - Nigerian President Bola Tinubu flew into Kotoka International Airport on"
        " Friday for the summit.\n"
    )
    assert visits(read(text, _DAY)) == {("Bola Tinubu", "GH")}


def test_visit_airport_arrivals_flew_into_a_named_country_goes_there() -> None:
    """Counter-example: "flew into Togo" names the destination; the dateline does not win."""
    text = "ACCRA - Nigerian President Bola Tinubu flew into Togo on Friday for the summit.\n"
    assert visits(read(text, _DAY)) == {("Bola Tinubu", "TG")}


def test_visit_airport_arrivals_an_unknown_place_flown_into_is_no_dateline_arrival() -> None:
    """Counter-example: a place the gazetteer does not know, and no airport, stays unplaced."""
    text = "ACCRA - Nigerian President Bola Tinubu flew into Waigani Heights on Friday.\n"
    assert ("Bola Tinubu", "GH") not in visits(read(text, _DAY))
