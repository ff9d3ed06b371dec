"""An earlier trip told by counting the present one ("the second official visit of X to Chile,
after the one she made in May 2019") is a visit of its own, on the date the clause gives."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 4, 20)
TOLD = "President Tomas Varga of Hungary arrived in Bogota on Monday. "


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        (
            "This is the second official visit of President Tomas Varga to Colombia, after the "
            "one he made in May 2019, at the start of his first term.",
            "2019-05",
        ),
        (
            "It is the third visit of Varga to Colombia, after that which he carried out in "
            "October 2018.",
            "2018-10",
        ),
        ("This is the second visit by Varga to Colombia, following his first in 2016.", "2016"),
    ],
)
def test_visit_ordinal_earlier_trip_is_a_visit_of_its_own(sentence: str, earlier: str) -> None:
    visits = dated_visits(read(TOLD + sentence, FILED))
    assert ("Tomas Varga", "CO", earlier) in visits
    assert ("Tomas Varga", "CO", "2025-04-14") in visits


@pytest.mark.parametrize(
    "sentence",
    [
        # no count: "after the one" may be any other event
        "Varga is on an official visit to Colombia, after the one-day summit in March 2024.",
        # counted, but what it follows is another event, not a trip he made
        "Varga is on a second official visit to Colombia, after the one with the highest "
        "turnout in 2024.",
        "Varga is on a second official visit to Colombia, following the summit in March 2024.",
    ],
)
def test_visit_ordinal_earlier_needs_a_count_and_a_trip(sentence: str) -> None:
    visits = dated_visits(read(TOLD + sentence, FILED))
    assert {start for _, _, start in visits} <= {"2025-04-14"}
