"""Talks told in a clause of their own take that clause's date, not the date of the arrival
told just before them in the same sentence; talks without a date of their own still take the
nearest one."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DATE = datetime.date(2024, 10, 16)


def _meeting_dates(text: str) -> set[str | None]:
    document = PIPELINE(Document("t", "t", text, date=DATE))
    return {m.date.lexical if m.date else None for m in document.meetings}


def test_clause_dates_talks_take_the_date_of_their_own_clause() -> None:
    text = (
        "Chilean President Mateo Rojas arrived in Oslo on Monday, 14 October, and was received "
        "by Norwegian Prime Minister Erik Dahl at the government offices on Tuesday."
    )
    assert _meeting_dates(text) == {"2024-10-15"}


def test_clause_dates_talks_without_a_date_take_the_nearest_one() -> None:
    text = (
        "Chilean President Mateo Rojas arrived in Oslo on Monday, 14 October, and was received "
        "by Norwegian Prime Minister Erik Dahl at the government offices."
    )
    assert _meeting_dates(text) == {"2024-10-14"}
