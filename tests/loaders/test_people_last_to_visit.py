"""Whoever news names as the last to make a trip before ("X was the last to make the trip",
"the last Czech leader to visit Chile was X") is a person, titled or not."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prime Minister Ana Kovac is in Santiago on a state visit, the first by a Croatian "
            "leader in 30 years. Ivo Horvat was the last to make the trip, in 1994.",
            "Ivo Horvat",
        ),
        (
            "Prime Minister Ana Kovac is in Santiago on a state visit. The last Croatian leader "
            "to visit Chile was Ivo Horvat, in 1994.",
            "Ivo Horvat",
        ),
    ],
)
def test_people_last_to_visit_is_a_person(text: str, name: str) -> None:
    assert name in {p.name for p in read(text).people}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Kovac is in Santiago on a state visit. Santiago Bernabeu was the "
        "last to speak at the dinner.",
        "Prime Minister Ana Kovac is in Santiago on a state visit. The last to leave the hall "
        "was Santiago Bernabeu.",
    ],
)
def test_people_last_to_visit_needs_a_trip(text: str) -> None:
    assert {p.name for p in read(text).people} == {"Ana Kovac"}
