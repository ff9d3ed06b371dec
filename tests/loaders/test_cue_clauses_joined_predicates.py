"""A cue after a bare "and" opens a predicate of its own ("visited X from 2 to 4 April and met Y
on 4 April"): the talks take the day told after them, not the span of the trip told before."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 4, 20)


def _meeting_days(text: str) -> list[str | None]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    return [m.date.lexical if m.date else None for m in document.meetings]


def test_cue_clauses_talks_after_and_take_their_own_day() -> None:
    text = (
        "Chancellor Karl Nehammer toured Osaka, Kyoto and Tokyo from 2 to 4 April and met "
        "Prime Minister Fumio Kishida in Tokyo on 4 April."
    )
    assert _meeting_days(text) == ["2024-04-04"]


def test_cue_clauses_talks_after_and_without_a_day_take_the_trip_s() -> None:
    text = (
        "Chancellor Karl Nehammer arrived in Tokyo on 3 April and met Prime Minister Fumio Kishida."
    )
    assert _meeting_days(text) == ["2024-04-03"]
