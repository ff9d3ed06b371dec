"""An earlier trip told by who was "the last" to make it ("the first by a Croatian leader in 30
years; Ivo Horvat was the last to make the trip, in 1994") is a visit to the same host."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 3, 9)
TOLD = "Prime Minister Ana Kovac is in Santiago on a state visit to Chile. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Horvat was the last to make the trip, in 1994.",
        "The last Croatian prime minister to visit Chile was Ivo Horvat, in 1994.",
        "Ivo Horvat was the last head of government to pay such a visit, in 1994.",
    ],
)
def test_last_visitors_name_an_earlier_visit(sentence: str) -> None:
    assert ("Ivo Horvat", "CL", "1994") in dated_visits(read(TOLD + sentence, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Horvat was the last to speak at the dinner, in 1994.",  # no trip
        "Ivo Horvat was the last to make the trip.",  # no year: nothing to date it by
        "Ivo Horvat will be the last to make the trip, in 2026.",  # not made yet
        # the one named is the host of that earlier trip, not its maker
        "The last Croatian minister to visit was hosted by Ivo Horvat in 1994.",
        "The last prime minister to come was received by Ivo Horvat in 1994.",
    ],
)
def test_last_visitors_need_a_trip_and_a_date(sentence: str) -> None:
    visits = dated_visits(read(TOLD + sentence, FILED))
    assert not any(name == "Ivo Horvat" for name, _, _ in visits)
