"""Talks on a programme still to come ("the agenda foresees a meeting with", "the trip, which
includes a meeting with") are no meetings yet; talks the programme held are."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[tuple[str, ...]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 2, 6)))
    return [m.participants for m in document.meetings]


def test_meeting_plans_an_agenda_that_foresees_talks_is_no_meeting() -> None:
    text = (
        "For Thursday, the agenda foresees a meeting between President Lucas Ferreyra and Prime "
        "Minister Dana Levin at the Knesset."
    )
    assert _meetings(text) == []


def test_meeting_plans_a_trip_that_includes_talks_is_no_meeting() -> None:
    text = (
        "President Lucas Ferreyra then flies to Rome for the second leg of the trip, which "
        "includes a meeting with Prime Minister Paola Conti."
    )
    assert _meetings(text) == []


def test_meeting_plans_talks_held_on_the_programme_are_a_meeting() -> None:
    text = (
        "As the programme foresaw, President Lucas Ferreyra met Prime Minister Dana Levin in "
        "Jerusalem on Tuesday."
    )
    assert _meetings(text) == [("lucas-fereyra", "dana-levin")]
