"""Talks take the day written in their own clause, else the nearest one."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
MONDAY = datetime.date(2024, 4, 15)


def _meeting_days(text: str) -> list[str | None]:
    document = PIPELINE(Document("t", "t", text, date=MONDAY))
    return [m.date.lexical if m.date else None for m in document.meetings]


def test_meetings_clause_dates_take_the_day_of_their_own_clause() -> None:
    text = (
        "Chancellor Karl Nehammer flew on Saturday to Tirana, where he met Prime Minister "
        "Edi Rama on Sunday before returning to Vienna."
    )
    assert _meeting_days(text) == ["2024-04-14"]


def test_meetings_clause_dates_without_a_day_of_their_own_take_the_nearest() -> None:
    text = (
        "Chancellor Karl Nehammer travelled to Tirana on Saturday, where he was received by "
        "Prime Minister Edi Rama."
    )
    assert _meeting_days(text) == ["2024-04-13"]
