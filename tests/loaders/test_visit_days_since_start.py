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


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "President Evo Morales of Bolivia held talks with President Xi Jinping on Tuesday."
            "\n\nThe State Visit which the Head of State is realising in China since the past "
            "16 of June will end on Friday.",
            "2025-06-16",
        ),
        (
            "President Evo Morales of Bolivia, who is on a State visit to China since the past "
            "16 of June, held talks with President Xi Jinping on Tuesday.",
            "2025-06-16",
        ),
    ],
)
def test_visit_days_since_start_since_the_past_day(text: str, start: str) -> None:
    rows = visit_rows(text, datetime.date(2025, 6, 18))
    assert [(r.host_country, r.start) for r in rows] == [("CN", start)]
