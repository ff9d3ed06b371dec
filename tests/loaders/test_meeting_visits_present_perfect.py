"""Talks a dated report tells in the present perfect ("has met") with no day of their own are
the report's day while the visit is under way, not the visit's first day."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
TEXT = (
    "Prime Minister Christopher Luxon arrived in Tokyo on 17 June for a four-day visit. "
    "Luxon {verb} Prime Minister Fumio Kishida at the Kantei."
)


def _meeting_day(verb: str, filed: datetime.date) -> int | None:
    document = PIPELINE(Document("t", "t", TEXT.format(verb=verb), date=filed))
    (meeting,) = document.meetings
    return meeting.date.day if meeting.date else None


def test_meeting_visits_present_perfect_is_the_day_of_the_report() -> None:
    assert _meeting_day("has met", datetime.date(2024, 6, 19)) == 19


def test_meeting_visits_simple_past_keeps_the_first_day() -> None:
    assert _meeting_day("met", datetime.date(2024, 6, 19)) == 17


def test_meeting_visits_present_perfect_long_after_the_visit_keeps_the_first_day() -> None:
    assert _meeting_day("has met", datetime.date(2024, 7, 30)) == 17
