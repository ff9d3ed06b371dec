"""A trip put off to no time at all ("when the time is right", "someday") is a vague intention,
no visit; a trip with a time, or an invitation accepted for one, still is."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2021, 12, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman said President Mara Lindqvist had invited Premier Tomas Berg to visit "
        'Norway "when the time is right".',
        "Premier Tomas Berg said he hoped to travel to Norway someday, when conditions allow.",
        "Premier Tomas Berg will visit Norway at some point, his office said.",
    ],
)
def test_visit_someday_a_trip_put_off_to_no_time_is_no_visit(sentence: str) -> None:
    assert visits(read(sentence, _DAY)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Tomas Berg will visit Norway next week, his office said.",
        # The vague words belong to another clause.
        "Premier Tomas Berg will visit Norway on Friday; a treaty may follow at some point.",
    ],
)
def test_visit_someday_a_trip_with_a_time_is_a_visit(sentence: str) -> None:
    assert visits(read(sentence, _DAY)) == {("Tomas Berg", "NO")}
