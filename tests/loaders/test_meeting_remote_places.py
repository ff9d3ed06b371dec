"""Talks by video link or telephone are held nowhere: the city of an earlier visit the text
recalls is not their place, while talks in person during a visit still take the visit's city."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2021, 5, 12)


def _meetings(text: str) -> list[tuple[str | None, str | None, str]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    return [
        (m.date.lexical if m.date else None, m.place.name if m.place else None, m.mode)
        for m in document.meetings
    ]


def test_meeting_remote_places_a_video_summit_takes_no_city_of_an_earlier_visit() -> None:
    text = (
        "Chilean President Sebastián Piñera and Argentine President Alberto Fernández held a "
        "summit by video conference today. Piñera had paid a state visit to Buenos Aires in "
        "March 2019."
    )
    assert _meetings(text) == [("2021-05-12", None, "video")]


def test_meeting_remote_places_talks_in_person_during_a_visit_keep_its_city() -> None:
    text = (
        "Chilean President Sebastián Piñera arrived in Buenos Aires on Tuesday for a state "
        "visit. He held talks with Argentine President Alberto Fernández today."
    )
    assert [(place, mode) for _, place, mode in _meetings(text)] == [("Buenos Aires", "in-person")]
