"""A possessive opening a trip ("His previous visit to Japan was in 2005") is the person the
story is about: without it the earlier visit, which the corpus counts as a background visit,
has no visitor and is lost."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read, visit_statuses

FILED = datetime.date(2025, 6, 14)
STORY = "OSLO, 14 June 2025 - Prime Minister Petteri Orpo of Finland arrived in Oslo on Friday. "


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("His previous visit to Norway as prime minister was in 2023.", "2023"),
        ("His last trip to the country took place in May 2024.", "2024-05"),
        ("His first official visit to Norway in 2019 was cut short by a storm.", "2019"),
        ("His first state visit abroad was to Norway in December 2024.", "2024-12"),
    ],
)
def test_pronoun_references_trips_an_earlier_trip_of_his(sentence: str, start: str) -> None:
    assert ("Petteri Orpo", "NO", start) in dated_visits(read(STORY + sentence, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        # another person's trip, named by a possessive of its own
        "His wife's visit to Norway was in 2023.",
        "His predecessor's trip to Norway was in 2023.",
        # the possessive of a title, not of the story's subject
        "His Majesty's visit to Norway was in 2023.",
    ],
)
def test_pronoun_references_trips_not_his_own(sentence: str) -> None:
    assert not any(start == "2023" for _, _, start in dated_visits(read(STORY + sentence, FILED)))


def test_pronoun_references_trips_a_trip_that_was_to_a_place_was_made() -> None:
    text = STORY + "His first trip abroad was to Norway in May 2024, followed by a visit to Chile."
    visits = dated_visits(read(text, FILED))
    assert ("Petteri Orpo", "NO", "2024-05") in visits
    assert visit_statuses(read(text, FILED)) >= {("Petteri Orpo", "CL", "happened")}
