"""The last royal visit before the one told ("was by Queen Elizabeth II, who went to what was
then Rhodesia in 1953 and again in 1960") is the earlier queen's, in both years, even in a story
of a king's visit: a queen of another year is no consort on his trip (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2024, 10, 22)
EARLIER = (
    " The last royal visit was by Queen Elizabeth II, who went to what was then Rhodesia in"
    " 1953 and again in 1960."
)


@pytest.mark.parametrize(
    "opening",
    [
        "King Charles arrived in Harare on Monday for a state visit to Zimbabwe.",
        "President Emmanuel Macron arrived in Harare on Monday for a state visit to Zimbabwe.",
    ],
)
def test_visit_earlier_royal_visits_both_years(opening: str) -> None:
    found = dated_visits(read(opening + EARLIER, FILED))
    assert {("Elizabeth II", "ZW", "1953"), ("Elizabeth II", "ZW", "1960")} <= found


def test_visit_earlier_royal_visits_consort_on_the_kings_trip_is_none() -> None:
    # Counter-example: the queen who travels with the king this year makes no visit of her own.
    text = (
        "King Charles and Queen Camilla arrived in Harare on Monday for a state visit to"
        " Zimbabwe. The Queen visited a hospital on Tuesday."
    )
    assert {v for v in dated_visits(read(text, FILED)) if v[0] == "Camilla"} == set()
