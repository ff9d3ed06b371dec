"""A trip someone has no plans for, no intention of making or has ruled out is no visit, not
even an announced one: "had no plans to travel to China for now" denies the trip."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 6, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Petra Lindqvist of Sweden had no plans to travel to Brazil for now.",
        "President Tomas Novak of Slovakia has no intention of visiting Hungary this year.",
        "Prime Minister Aino Virtanen of Finland ruled out a trip to Belarus.",
        "Prime Minister Aino Virtanen of Finland rules out an official visit to Belarus.",
        "President Tomas Novak of Slovakia ruled out visiting Hungary before the vote.",
    ],
)
def test_visit_cues_ruled_out_trip_is_no_visit(sentence: str) -> None:
    assert visits(read(sentence, FILED)) == set()


@pytest.mark.parametrize(
    ("sentence", "visit"),
    [
        # the plan denied is another one; the trip is told on its own
        (
            "President Tomas Novak of Slovakia, who has no plans to retire, will visit Hungary"
            " on 3 July.",
            ("Tomas Novak", "HU"),
        ),
        (
            "Prime Minister Aino Virtanen of Finland ruled out new taxes and travelled to"
            " Estonia on Monday.",
            ("Aino Virtanen", "EE"),
        ),
        (
            "Chancellor Petra Lindqvist of Sweden said she had no doubt and flew to Brazil"
            " on Monday.",
            ("Petra Lindqvist", "BR"),
        ),
    ],
)
def test_visit_cues_ruled_out_only_the_trip_it_names(sentence: str, visit: tuple[str, str]) -> None:
    assert visit in visits(read(sentence, FILED))
