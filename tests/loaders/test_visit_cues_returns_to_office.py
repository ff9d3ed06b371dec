""" "Returned to power" or "returns to office" is a leader back in office, not back in a
country: in a "first visit since he returned to power last December" sentence it made a second,
happened visit to the host, dated by the return to power (issue 4, since-clauses)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2025, 3, 12)
_ARRIVAL = "Moroccan Prime Minister Aziz Akhannouch arrived in Brasilia on Monday.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Akhannouch's visit is his first to Brazil since he returned to power last December.",
        "Akhannouch, who returned to office in 2021, is making his first trip to Brazil.",
        "Akhannouch said the trip was his first to Brazil since he returned to office in 2021.",
    ],
)
def test_visit_cues_return_to_office_is_no_second_trip(sentence: str) -> None:
    """Counter-example: only Monday's arrival is a visit to Brazil."""
    found = dated_visits(read(_ARRIVAL + sentence + "\n", _DAY))
    assert {(host, start) for _, host, start in found} == {("BR", "2025-03-10")}


def test_visit_cues_return_to_a_country_is_still_a_trip() -> None:
    sentence = "Akhannouch returned to Brazil in November for a trade fair in Sao Paulo.\n"
    found = dated_visits(read(_ARRIVAL + sentence, _DAY))
    assert ("BR", "2024-11") in {(host, start) for _, host, start in found}
