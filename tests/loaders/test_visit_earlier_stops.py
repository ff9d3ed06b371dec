"""Stops made before the visit a sentence reports ("arrived in X after stops in Y on Tuesday")
are no destination of that visit, and each stop given a day is a visit that happened then."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)


def _trips(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, FRIDAY)}


def test_visit_earlier_stops_dated_stops_are_visits_that_happened() -> None:
    text = (
        "President Cyril Ramaphosa landed in Hanoi on Thursday after stops in Laos on Tuesday "
        "and in Cambodia on Wednesday, on his first tour of the region."
    )
    assert _trips(text) == {
        ("Cyril Ramaphosa", "VN", "2025-03-13", "happened"),
        ("Cyril Ramaphosa", "LA", "2025-03-11", "happened"),
        ("Cyril Ramaphosa", "KH", "2025-03-12", "happened"),
    }


def test_visit_earlier_stops_a_stop_in_passing_is_not_the_host() -> None:
    text = (
        "President Cyril Ramaphosa, who is in Peru for a three-day visit that follows a stop "
        "in Bolivia, praised the two countries' mining ties."
    )
    assert _trips(text) == {("Cyril Ramaphosa", "PE", "2025-03-14", "happened")}


def test_visit_earlier_stops_an_earlier_visit_is_no_stop() -> None:
    # "after his state visit in June 2019" is another trip: its date is not this one's.
    text = (
        "President Cyril Ramaphosa arrived in Peru on Thursday, his second visit to the country "
        "after his state visit in June 2019."
    )
    assert ("Cyril Ramaphosa", "PE", "2025-03-13", "happened") in _trips(text)
