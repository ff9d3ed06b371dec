"""A trip told ahead of the filing day: a plan called off keeps its own days and its status
even with a dated relative clause, a programme's later weekdays follow the days it told, and
a wish to travel is no visit."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

THURSDAY = datetime.date(2024, 5, 9)


def _trips(text: str) -> list[tuple[str | None, str, str | None, str]]:
    return [(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, THURSDAY)]


def test_visit_plans_a_postponed_trip_with_a_dated_relative_clause_keeps_its_day() -> None:
    text = (
        "President Elena Duarte's state visit to Chile, which was to begin in Santiago on "
        "Sunday, 12 May, has been postponed because of floods, her office said."
    )
    assert _trips(text) == [("Elena Duarte", "CL", "2024-05-12", "postponed")]


def test_visit_plans_a_trip_that_began_in_a_relative_clause_happened() -> None:
    text = (
        "President Elena Duarte's state visit to Chile, which began in Santiago on Monday, "
        "6 May, ended with a joint declaration."
    )
    assert _trips(text) == [("Elena Duarte", "CL", "2024-05-06", "happened")]


def test_visit_plans_later_weekdays_of_a_programme_follow_its_told_days() -> None:
    text = (
        "Prime Minister Tomas Berg will arrive in Canada on Tuesday, 14 May, for a four-day "
        "official visit. On Wednesday, 15 May, he will address the parliament in Ottawa. On "
        "Friday he will travel to Montreal before flying home."
    )
    assert _trips(text) == [("Tomas Berg", "CA", "2024-05-14", "announced")]


def test_visit_plans_a_wish_to_visit_is_no_visit() -> None:
    text = (
        "Prime Minister Tomas Berg said he hoped to visit Canada later in the year, but no "
        "date has been set."
    )
    assert _trips(text) == []
