"""The stops of a tour written as an itinerary after its first visit (issue 4): "a tour that
continues in Accra on Tuesday and Lome on Thursday" names two stops ahead; talks or fighting
that "continue in" a place are no stop."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2024, 10, 2)


@pytest.mark.parametrize(
    "itinerary",
    [
        "on a tour that continues in Nairobi on Tuesday and Dodoma on Thursday",
        "on a tour that will take her to Nairobi on Tuesday and Dodoma on Thursday",
    ],
)
def test_visit_legs_itinerary_names_every_stop(itinerary: str) -> None:
    text = f"Finnish President Alexander Stubb arrived in Addis Ababa on Sunday {itinerary}.\n"
    assert visits(read(text, _DAY)) == {
        ("Alexander Stubb", "ET"),
        ("Alexander Stubb", "KE"),
        ("Alexander Stubb", "TZ"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # The talks continue, not the tour.
        "Finnish President Alexander Stubb arrived in Addis Ababa on Sunday; talks on the "
        "dam continue in Cairo on Tuesday.",
        "Finnish President Alexander Stubb arrived in Addis Ababa on Sunday, while fighting "
        "continues in Sudan.",
        "Finnish President Alexander Stubb arrived in Addis Ababa on Sunday for negotiations "
        "that opened in Dakar and continue in Cairo on Tuesday.",
        # A dated arrival and another capital's act: no list of stops.
        "Finnish President Alexander Stubb arrived in Addis Ababa on Sunday, and Nairobi sent "
        "its trade minister to meet him.",
    ],
)
def test_visit_legs_something_else_is_no_stop(sentence: str) -> None:
    """Counter-example: "continues in" of something other than the trip, or a city after the
    visit's day that is no stop."""
    assert visits(read(sentence + "\n", _DAY)) == {("Alexander Stubb", "ET")}
