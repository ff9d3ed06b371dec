"""Areas of cooperation told the way leaders speak: "we talked about", "a supply chain for"."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _sectors(text: str) -> set[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 3)))
    return {s.text.lower() for s in document.sectors}


def test_sectors_spoken_cues_talked_about() -> None:
    text = "The Chancellor and I talked about hydrogen and about the car industry.\n"
    assert {"hydrogen"} <= _sectors(text)


def test_sectors_spoken_cues_supply_chain_for() -> None:
    text = "Together we will build a supply chain for semiconductors and critical minerals.\n"
    assert {"semiconductors", "critical minerals"} <= _sectors(text)


def test_sectors_spoken_cues_leave_other_talk_alone() -> None:
    # Talking to reporters about a visit names no area of cooperation.
    assert _sectors("The President talked to reporters about tourism at the airport.\n") == set()
