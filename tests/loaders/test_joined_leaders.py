"""Leaders of third countries who "joined" a visitor made the trip too; a minister of the
visitor's own country, the host's leader and a spouse did not make one of their own."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 3, 17)
ARRIVAL = (
    "European Commission President Ursula von der Leyen flew into Cairo on Sunday for a "
    "one-day visit. "
)


def _trips(text: str) -> list[tuple[str | None, str, str | None]]:
    return sorted((r.visitor, r.host_country, r.start) for r in visit_rows(text, FILED))


def test_joined_leaders_of_third_countries_each_visit() -> None:
    text = ARRIVAL + (
        "Von der Leyen was joined by Italian Prime Minister Giorgia Meloni and Austrian "
        "Chancellor Karl Nehammer."
    )
    assert _trips(text) == [
        ("Giorgia Meloni", "EG", "2024-03-17"),
        ("Karl Nehammer", "EG", "2024-03-17"),
        ("Ursula von der Leyen", "EG", "2024-03-17"),
    ]


def test_joined_leaders_a_minister_the_host_and_a_spouse_make_no_visit() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni flew into Cairo on Sunday for a one-day visit. "
        "Meloni was joined by Italian Foreign Minister Antonio Tajani, her partner Andrea "
        "Giambruno and Egyptian President Abdel Fattah al-Sisi at the palace."
    )
    assert _trips(text) == [("Giorgia Meloni", "EG", "2024-03-17")]


def test_joined_leaders_without_a_trip_told_before_is_no_visit() -> None:
    text = (
        "Egyptian President Abdel Fattah al-Sisi was joined by Italian Prime Minister Giorgia "
        "Meloni in a call on Sunday."
    )
    assert _trips(text) == []


def test_joined_leaders_a_monarch_of_a_third_country_visits_too() -> None:
    """A grand duke leads his country as a president does (leader_posts)."""
    text = ARRIVAL + (
        "Von der Leyen was joined by Luxembourg's Grand Duke Karl Weiss and Austrian "
        "Chancellor Karl Nehammer."
    )
    assert ("Karl Weiss", "EG", "2024-03-17") in _trips(text)
