"""A trip put off "to a later date" was postponed, not still announced, whichever verb moves it
("deferred", "pushed back", "moved to a date to be agreed") and wherever the fate is told."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2023, 9, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senegalese President Macky Sall was expected in Rabat next week for a state visit."
            " However, the state visit has been postponed to a later date, his office said.",
            [("Macky Sall", "MA", "postponed")],
        ),
        (
            "Finnish Prime Minister Petteri Orpo had planned to visit Tallinn on Friday."
            " The trip, which was to open a rail link, was pushed back to a later date.",
            [("Petteri Orpo", "EE", "postponed")],
        ),
        (
            "Mongolian President Ukhnaagiin Khurelsukh was due to travel to Seoul next month."
            " Officials said the visit had been moved to a date yet to be agreed.",
            [("Ukhnaagiin Khurelsukh", "KR", "postponed")],
        ),
        (
            "Mongolian President Ukhnaagiin Khurelsukh was due to travel to Seoul next month."
            " The visit will now take place at a later date.",
            [("Ukhnaagiin Khurelsukh", "KR", "postponed")],
        ),
        (
            "The official visit of Irish Taoiseach Leo Varadkar to Canada has been deferred"
            " to a date to be announced.",
            [("Leo Varadkar", "CA", "postponed")],
        ),
    ],
)
def test_visit_fates_later_dates_postpone_the_trip(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.visitor, r.host_country, r.status) for r in visit_rows(text, FILED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Pushed back" against a critic moves no trip.
        (
            "Senegalese President Macky Sall visited Rabat on Monday. He pushed back against"
            " claims that the visit was rushed.",
            [("Macky Sall", "MA", "happened")],
        ),
        # A plan with no day yet is still a plan: nothing was moved.
        (
            "Finnish Prime Minister Petteri Orpo will visit Tallinn on a date to be agreed"
            " by the two governments.",
            [("Petteri Orpo", "EE", "announced")],
        ),
        # Another event moved to a later date leaves the trip as planned.
        (
            "Mongolian President Ukhnaagiin Khurelsukh was due to travel to Seoul next month."
            " The signing of the mining accord was moved to a later date.",
            [("Ukhnaagiin Khurelsukh", "KR", "announced")],
        ),
        # A trip moved to another city was not put off.
        (
            "Senegalese President Macky Sall will visit Morocco next week. The visit was moved"
            " to Marrakesh because of the storm.",
            [("Macky Sall", "MA", "announced")],
        ),
    ],
)
def test_visit_fates_later_dates_other_moves_leave_the_plan(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.visitor, r.host_country, r.status) for r in visit_rows(text, FILED)] == expected
