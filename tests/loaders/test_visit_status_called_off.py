"""A trip that had been planned and then called off, told in one sentence ("had been due to
travel to X, but the visit was called off"), did not happen: cancelled or postponed."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2021, 5, 4)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "British Prime Minister Boris Johnson had been due to travel to India in late April,"
            " but the visit was called off because of the pandemic.",
            "cancelled",
        ),
        (
            "British Prime Minister Boris Johnson was scheduled to visit India in April, but the"
            " trip has been postponed.",
            "postponed",
        ),
        (
            "British Prime Minister Boris Johnson had been expected to fly to India in April, but"
            " it was cancelled at the last minute.",
            "cancelled",
        ),
        # Not a plan: the trip went ahead, whatever was said of it after the comma.
        (
            "British Prime Minister Boris Johnson travelled to India in April, but the visit was"
            " overshadowed by the pandemic.",
            "happened",
        ),
        (
            "British Prime Minister Boris Johnson visited India in April, but the planned summit"
            " was cancelled.",
            "happened",
        ),
        # Still to come, with a doubt about the date only.
        (
            "British Prime Minister Boris Johnson will travel to India in June, but the date was"
            " not yet fixed.",
            "announced",
        ),
    ],
)
def test_visit_status_called_off_after_a_plan(text: str, status: str) -> None:
    assert [r.status for r in visit_rows(text, FILED)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The call came a week after Foreign Minister Lena Holm of Sweden had to call off a"
            " planned trip to Nairobi because of a debate in parliament.",
            "cancelled",
        ),
        ("Foreign Minister Lena Holm of Sweden is calling off her trip to Nairobi.", "cancelled"),
        (
            "Foreign Minister Lena Holm of Sweden scraps her planned visit to Kenya in March.",
            "cancelled",
        ),
        # What is called off is something else, not the trip.
        (
            "Foreign Minister Lena Holm of Sweden will travel to Nairobi in May to call off the"
            " strike talks.",
            "announced",
        ),
        (
            "Foreign Minister Lena Holm of Sweden will travel to Nairobi in May to scrap the"
            " old tariffs.",
            "announced",
        ),
    ],
)
def test_visit_status_called_off_in_any_tense(text: str, status: str) -> None:
    assert [r.status for r in visit_rows(text, FILED)] == [status]
