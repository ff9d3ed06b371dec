"""A day told as the way home after a visit of stated length is its last day: "returned home
yesterday after a five-day official visit to India" began four days before yesterday."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2024, 10, 17)


def _days(text: str) -> set[tuple[str, str | None, str | None]]:
    document = read(text, _DAY)
    return {
        (v.host_country, v.start.lexical if v.start else None, v.end.lexical if v.end else None)
        for v in document.visits
    }


def test_visit_days_returned_home_after_a_visit_of_n_days_ends_that_day() -> None:
    assert _days(
        "President Talia Morven of Malta returned home yesterday after a four-day official "
        "visit to Vietnam."
    ) == {("VN", "2024-10-13", "2024-10-16")}


def test_visit_days_flew_back_home_after_a_visit_ends_that_day() -> None:
    assert _days(
        "Prime Minister Oskar Lindqvist of Sweden flew back home on Tuesday after a three-day "
        "state visit to Chile."
    ) == {("CL", "2024-10-13", "2024-10-15")}


def test_visit_days_arrival_for_a_visit_of_n_days_still_starts_it() -> None:
    # Near miss: an arrival, not the way home, opens the visit of that length.
    assert _days(
        "President Talia Morven of Malta arrived in Vietnam yesterday for a four-day official "
        "visit."
    ) == {("VN", "2024-10-16", "2024-10-19")}
