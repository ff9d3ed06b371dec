"""Talks held separately are one meeting per person met."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[list[str]]:
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    return sorted(sorted(names[k] for k in m.participants) for m in document.meetings)


@pytest.mark.parametrize(
    "text",
    [
        "President Javier Milei and Vice President Victoria Villarruel held separate meetings "
        "with Italian Prime Minister Giorgia Meloni in Buenos Aires on 20 November 2024.",
        "Italian Prime Minister Giorgia Meloni met President Javier Milei and Vice President "
        "Victoria Villarruel separately in Buenos Aires on 20 November 2024.",
    ],
)
def test_meetings_separately_one_per_person_met(text: str) -> None:
    assert _meetings(text) == [
        ["Giorgia Meloni", "Javier Milei"],
        ["Giorgia Meloni", "Victoria Villarruel"],
    ]


def test_meetings_separately_joint_talks_stay_one_meeting() -> None:
    text = (
        "President Javier Milei and Vice President Victoria Villarruel held talks with Italian "
        "Prime Minister Giorgia Meloni in Buenos Aires on 20 November 2024."
    )
    assert _meetings(text) == [["Giorgia Meloni", "Javier Milei", "Victoria Villarruel"]]
