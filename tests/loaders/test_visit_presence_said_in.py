"""A speaker told to speak in a foreign city "where she was meeting" someone, or attending
something, made a visit there, on the day of the saying; a city words were merely said in is
no trip (a posting, a video link)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FRIDAY = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Maria Malmer Stenergard of Sweden said on Wednesday in Vilnius, where"
        " she was meeting Foreign Minister Kestutis Budrys of Lithuania, that ties were strong.",
        "Foreign Minister Maria Malmer Stenergard of Sweden told reporters on Wednesday in"
        " Vilnius, where she was attending a Baltic forum, that ties were strong.",
    ],
)
def test_visit_presence_said_in_a_city_where_on_a_trip(sentence: str) -> None:
    assert ("Maria Malmer Stenergard", "LT", "2025-03-12") in dated_visits(read(sentence, FRIDAY))


@pytest.mark.parametrize(
    "sentence",
    [
        # no purpose told: the words may have been said there by video or by a resident
        "Foreign Minister Maria Malmer Stenergard of Sweden said on Wednesday in Vilnius that"
        " ties were strong.",
        # the clause tells her past there, not a trip
        "Foreign Minister Maria Malmer Stenergard of Sweden said on Wednesday in Vilnius, where"
        " she lived as a student, that ties were strong.",
    ],
)
def test_visit_presence_said_in_needs_a_trip_purpose(sentence: str) -> None:
    assert not any(host == "LT" for _, host, _ in dated_visits(read(sentence, FRIDAY)))
