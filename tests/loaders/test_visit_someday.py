"""A trip put off to no time at all ("when the time is right", "someday") or said not to be ("no
such visit is being planned") is no visit; a trip with a time still is."""

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
        # issue 4: the end of a term is no time for a trip either
        "Premier Tomas Berg said he would visit Norway before his term ends.",
        "Premier Tomas Berg hopes to travel to Norway before the end of his mandate.",
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
        # A day told before the vague words dates the trip.
        "Premier Tomas Berg will visit Norway in March, before his term ends.",
    ],
)
def test_visit_someday_a_trip_with_a_time_is_a_visit(sentence: str) -> None:
    assert visits(read(sentence, _DAY)) == {("Tomas Berg", "NO")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Tomas Berg hopes to meet the king in Oslo, but aides said no such visit is "
        "being planned.",
        "There will be no state visit to Norway by Premier Tomas Berg this year.",
    ],
)
def test_visit_someday_a_visit_said_not_to_be_is_no_visit(sentence: str) -> None:
    assert visits(read(sentence, _DAY)) == set()


def test_visit_someday_a_visit_beside_a_no_is_still_a_visit() -> None:
    sentence = "Premier Tomas Berg will visit Norway on Friday, with no stop in Sweden."
    assert visits(read(sentence, _DAY)) == {("Tomas Berg", "NO")}
