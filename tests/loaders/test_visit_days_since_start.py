"""A visit under way told with the day it began ("a state visit ... since Saturday", "whose
visit began on Saturday") starts on that day, not on the day of the talks the sentence tells."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows


@pytest.mark.parametrize(
    ("text", "filed", "start"),
    [
        (
            "President Lula, who is effecting a State visit to Nigeria of two days since "
            "Saturday, held talks with President Bola Tinubu on Sunday in Abuja.",
            datetime.date(2024, 3, 10),
            "2024-03-09",
        ),
        (
            "President Lula, who has been on a visit to Nigeria since Monday, held talks with "
            "President Bola Tinubu on Wednesday in Abuja.",
            datetime.date(2024, 3, 13),
            "2024-03-11",
        ),
        (
            "President Lula, on a State visit to Nigeria which began on Saturday, held talks "
            "with President Bola Tinubu on Sunday in Abuja.",
            datetime.date(2024, 3, 10),
            "2024-03-09",
        ),
    ],
)
def test_visit_days_since_start_the_day_it_began(
    text: str, filed: datetime.date, start: str
) -> None:
    assert [(r.host_country, r.start) for r in visit_rows(text, filed)] == [("NG", start)]


def test_visit_days_since_start_a_first_visit_since_a_year_is_another_one() -> None:
    text = (
        "President Lula, who is on his first visit to Nigeria since 2005, held talks with "
        "President Bola Tinubu on Sunday in Abuja."
    )
    rows = visit_rows(text, datetime.date(2024, 3, 10))
    assert ("NG", "2024-03-10") in [(r.host_country, r.start) for r in rows]
