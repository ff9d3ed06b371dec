"""A trip made, joined with a plan for what comes next ("flew in on Monday and intends to stay a
week"), happened: the plan is the next step's, not the arrival's."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2022, 3, 9)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Tanzanian President Samia Suluhu Hassan travelled to Nairobi on Monday and intends"
            " to stay a week.",
            "happened",
        ),
        (
            "Chilean President Gabriel Boric arrived in Quito on Sunday and hopes to sign a trade"
            " deal.",
            "happened",
        ),
        # Counter-examples: the trip itself is the plan.
        (
            "Tanzanian President Samia Suluhu Hassan will travel to Nairobi next week and intends"
            " to stay a week.",
            "announced",
        ),
        (
            "Tanzanian President Samia Suluhu Hassan intends to travel to Nairobi next week and"
            " hopes to stay a week.",
            "announced",
        ),
    ],
)
def test_visit_status_joined_intentions_leave_the_trip_made(text: str, status: str) -> None:
    assert [r.status for r in visit_rows(text, FILED)] == [status]
