""" "Came to" or "comes to" tells a trip only towards a named place ("came to Chile", "comes to
the Philippines"); "came to power" or "comes to office" is no trip, whose year made a visit to
the country of the place named later in the sentence (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2024, 10, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanish Prime Minister Pedro Sanchez came to Chile in March for talks on lithium.",
        "Spanish Prime Minister Pedro Sanchez comes to Chile on Friday for talks on lithium.",
    ],
)
def test_visit_cues_trip_towards_a_named_place(sentence: str) -> None:
    assert visits(read(sentence + "\n", _DAY)) == {("Pedro Sanchez", "CL")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pedro Sanchez, who came to power in 2018, met Chilean President Gabriel Boric in Lima.",
        "Pedro Sanchez, who comes to office in January, spoke in Santiago about lithium.",
        "Spanish Prime Minister Pedro Sanchez said Spain and Chile came to terms on fisheries.",
    ],
)
def test_visit_cues_come_to_something_else_is_no_trip(sentence: str) -> None:
    """Counter-example: "came to" with no place after it is no trip of his."""
    assert all(name != "Pedro Sanchez" for name, _ in visits(read(sentence + "\n", _DAY)))
