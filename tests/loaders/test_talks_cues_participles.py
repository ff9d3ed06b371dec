"""A visit told with a participle ("..., meeting President X") reports talks with X; "meeting"
as a noun before a lower-case word does not."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from tests.loaders.reading import meetings

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[list[str]]:
    return meetings(PIPELINE(Document("t", "t", text, date=datetime.date(2023, 5, 11))))


def test_talks_cues_participles_meeting_a_named_leader_is_a_meeting() -> None:
    text = (
        "Foreign Minister Penny Wong ended her visit to Lima on Thursday, meeting President "
        "Dina Boluarte at the Government Palace."
    )
    assert _meetings(text) == [["Dina Boluarte", "Penny Wong"]]


def test_talks_cues_participles_a_meeting_noun_is_no_meeting() -> None:
    text = (
        "Foreign Minister Penny Wong and President Dina Boluarte toured the palace, meeting "
        "rooms included, on Thursday."
    )
    assert _meetings(text) == []
