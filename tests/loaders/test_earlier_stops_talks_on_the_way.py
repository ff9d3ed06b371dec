"""A stop on the way where the visitor held talks ("arrived in Tokyo after a stopover in
Singapore, where he met X on Tuesday") was a visit of its own, on the day of those talks;
a stop told with no talks may have been a transit, and the talks' day is not the main
visit's first day."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 6, 14)
DATELINE = "SANTIAGO, 14 June 2025 - "


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanish King Felipe VI arrived in Santiago on Thursday after a stopover in Lima, where"
        " he met President Dina Boluarte of Peru on Wednesday.",
        "Spanish King Felipe VI landed in Santiago on Thursday following a brief stop in Lima,"
        " where he held talks with President Dina Boluarte of Peru on Wednesday.",
    ],
)
def test_earlier_stops_talks_on_the_way_make_the_stop_a_visit(sentence: str) -> None:
    found = dated_visits(read(DATELINE + sentence, FILED))
    assert ("Felipe VI", "PE", "2025-06-11") in found
    assert ("Felipe VI", "CL", "2025-06-12") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a stop with no talks may be a transit
        "Spanish King Felipe VI arrived in Santiago on Thursday after a stopover in Lima.",
        "Spanish King Felipe VI arrived in Santiago on Thursday after a stop in Lima, where his"
        " plane refuelled.",
        # talks still to come are no visit made
        "Spanish King Felipe VI arrived in Santiago on Thursday after a stopover in Lima, where"
        " officials will meet him again next year.",
    ],
)
def test_earlier_stops_talks_on_the_way_not_for_a_transit(sentence: str) -> None:
    found = dated_visits(read(DATELINE + sentence, FILED))
    assert not any(host == "PE" for _, host, _ in found)
