"""A trip told after "days after" or ", after" behind an arrival and its day was made before that
day: it does not take the arrival's day (issue 4). A day that opens the sentence, or one the
earlier trip is given after its own cue, still dates it."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2024, 10, 2)


@pytest.mark.parametrize(
    "clause",
    [
        "days after attending the ASEAN-Japan summit in Tokyo",
        "a week after attending a summit in Tokyo",
        "after visiting Tokyo",
        "two days after a visit to Tokyo",
    ],
)
def test_visit_days_trip_before_an_arrival_takes_not_its_day(clause: str) -> None:
    text = f"Thai Prime Minister Paetongtarn Shinawatra arrived in Canberra on Monday, {clause}.\n"
    assert dated_visits(read(text, _DAY)) == {
        ("Paetongtarn Shinawatra", "AU", "2024-09-30"),
        ("Paetongtarn Shinawatra", "JP", None),
    }


def test_visit_days_trip_before_keeps_a_day_of_its_own() -> None:
    """Counter-example: the earlier trip's own day, written after its cue, dates it."""
    text = (
        "Peruvian President Dina Boluarte arrived in Madrid on Monday, days after visiting "
        "Rome on 25 September.\n"
    )
    assert ("Dina Boluarte", "IT", "2024-09-25") in dated_visits(read(text, _DAY))


def test_visit_days_opening_day_still_dates_an_arrival_after_it() -> None:
    """Counter-example: a day that opens the sentence dates the arrival in the clause."""
    text = (
        "On Monday, shortly after arriving in Nairobi, Czech Foreign Minister Tomas Novak met "
        "President William Ruto.\n"
    )
    assert dated_visits(read(text, _DAY)) == {("Tomas Novak", "KE", "2024-09-30")}
