"""A visit planned and then put off keeps its planned days and its fate, however the plan is
worded: "which was foreseen for the days 28 and 29 September, was postponed" (a translation's
word for the plan), "which had been scheduled for 14 March" in a story of June (a plan the
text puts in the past, so in the story's year), and a fate told after a long relative clause
("..., which had been scheduled for 24 January to co-chair the meetings of the Joint
Committee, has been postponed")."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_JUNE = datetime.date(2023, 6, 12)
_OCTOBER = datetime.date(2023, 10, 9)


def _rows(text: str, day: datetime.date) -> list[tuple[str, str | None, str]]:
    return [(r.host_country, r.start, r.status) for r in visit_rows(text, day)]


def test_visit_plans_put_off_foreseen_days_are_kept() -> None:
    assert _rows(
        "The visit of President Anselme Dorval of Benin to Ghana, which was foreseen for the "
        "days 28 and 29 September, was postponed.",
        _OCTOBER,
    ) == [("GH", "2023-09-28", "postponed")]


def test_visit_plans_put_off_past_perfect_plan_lies_before_the_story() -> None:
    assert _rows(
        "Foreign Minister Ilse Varga of Hungary's working visit to Nairobi, which had been "
        "scheduled for 14 March, was postponed.",
        _JUNE,
    ) == [("KE", "2023-03-14", "postponed")]


def test_visit_plans_put_off_plan_still_ahead_keeps_the_next_year() -> None:
    # Near miss: a plan told in the future lies after the story, in the next year.
    assert _rows(
        "Foreign Minister Ilse Varga of Hungary is scheduled to pay a working visit to Nairobi "
        "on 14 March.",
        _JUNE,
    ) == [("KE", "2024-03-14", "announced")]


def test_visit_plans_put_off_plan_moved_to_a_new_day_keeps_that_day_ahead() -> None:
    # Near miss: the day after a later "will" is the new plan's, still to come.
    rows = _rows(
        "Foreign Minister Ilse Varga of Hungary's visit to Nairobi had been planned for May, and "
        "will now take place on 14 March.",
        _JUNE,
    )
    assert ("KE", "2024-03-14", "announced") in rows


@pytest.mark.parametrize(
    ("fate", "status"),
    [
        ("has been postponed to a later date", "postponed"),
        ("was cancelled", "cancelled"),
    ],
)
def test_visit_plans_put_off_fate_after_a_long_relative_clause(fate: str, status: str) -> None:
    assert _rows(
        "The visit of Premier Dang Quoc Huy of Vietnam to Amman, which had been scheduled for "
        "January 24 to co-chair the meetings of the Joint Economic Committee, " + fate + ".",
        _JUNE,
    ) == [("JO", "2023-01-24", status)]


def test_visit_plans_put_off_long_relative_clause_of_a_visit_made() -> None:
    # Near miss: a relative clause about the visit made, whose main verb tells no fate.
    rows = visit_rows(
        "The visit of Premier Dang Quoc Huy of Vietnam to Amman, which began on January 24 with "
        "talks on the meetings of the Joint Economic Committee, was warmly welcomed.",
        _JUNE,
    )
    assert [(r.host_country, r.status) for r in rows] == [("JO", "happened")]


def test_visit_plans_put_off_day_of_the_decision_is_not_the_trip_s() -> None:
    # "on Tuesday postponed a trip": Tuesday is when it was decided; the trip keeps the day
    # the next sentence plans it for.
    rows = _rows(
        "President Xiomara Castro on Tuesday postponed a trip to Panama and Costa Rica. Castro "
        "had been due to fly to Panama City on Sunday for a three-day visit to Panama, from "
        "March 10 to 12.",
        datetime.date(2024, 3, 5),
    )
    assert ("PA", "2024-03-10", "postponed") in rows
    assert ("PA", "2024-03-05", "postponed") not in rows


def test_visit_plans_put_off_a_day_before_a_trip_made_is_its_own() -> None:
    # Near miss: a day before the trip with no decision between is the trip's.
    assert _rows(
        "President Xiomara Castro on Tuesday made a trip to Panama.",
        datetime.date(2024, 3, 7),
    ) == [("PA", "2024-03-05", "happened")]


@pytest.mark.parametrize(
    "text",
    [
        "The Trade Minister, Don Farrell, had been due in Wellington in June to prepare a "
        "business forum, and that trip was pushed back.",
        "Trade Minister Don Farrell had been due in Wellington in June, but the trip was "
        "postponed.",
    ],
)
def test_visit_plans_put_off_had_been_due_in_a_city(text: str) -> None:
    rows = visit_rows(text, _JUNE)
    assert [(r.visitor, r.host_country, r.start, r.status) for r in rows] == [
        ("Don Farrell", "NZ", "2023-06", "postponed")
    ]


def test_visit_plans_put_off_pushed_back_a_day_is_no_postponement() -> None:
    # Near miss: a trip "pushed back a day" still took place: no postponement.
    rows = visit_rows(
        "Trade Minister Don Farrell had been due in Wellington on Monday, and the trip was "
        "pushed back a day.",
        _JUNE,
    )
    assert [r.status for r in rows if r.status == "postponed"] == []
