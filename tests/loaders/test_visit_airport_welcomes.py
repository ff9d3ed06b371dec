"""A guest "met at the airport" by a host has landed: the welcome tells the arrival even when
no sentence says "arrived"; a welcome home, a host's own greeting or an unnamed delegation
tells no one's visit."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

DAY = datetime.date(2025, 3, 4)


def _trips(text: str) -> list[tuple[str | None, str]]:
    return [(r.visitor, r.host_country) for r in visit_rows(text, DAY)]


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        (
            "President Elena Varga of Hungary was met at the airport by Foreign Minister "
            "Amina Diallo of Senegal on Monday.",
            ("Elena Varga", "SN"),
        ),
        (
            "Prime Minister Tomas Berg of Norway was received at Kotoka International Airport "
            "by Ghanaian Foreign Minister Kwame Asante on Monday.",
            ("Tomas Berg", "GH"),
        ),
    ],
)
def test_visit_airport_welcomes_tell_the_guests_arrival(text: str, trip: tuple[str, str]) -> None:
    assert _trips(text) == [trip]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Amina Diallo of Senegal was welcomed at the airport on her return "
        "from Rome on Monday.",
        "The Hungarian delegation was met at the airport by Foreign Minister Amina Diallo of "
        "Senegal on Monday.",
        "Foreign Minister Amina Diallo of Senegal was at the airport to greet the guests on "
        "Monday.",
    ],
)
def test_visit_airport_welcomes_home_by_the_host_or_of_a_group_tell_no_visit(text: str) -> None:
    assert _trips(text) == []
