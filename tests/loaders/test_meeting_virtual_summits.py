"""A virtual summit is talks by video, one meeting with the video link the text then tells;
the word "virtual" elsewhere does not make talks remote."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _modes(text: str) -> list[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2021, 5, 4)))
    return [m.mode for m in document.meetings]


def test_meeting_virtual_summits_are_one_video_meeting() -> None:
    text = (
        "Prime Minister Boris Johnson and Prime Minister Narendra Modi of India held a virtual "
        "summit today. The two leaders spoke by video link for almost two hours."
    )
    assert _modes(text) == ["video"]


def test_meeting_virtual_summits_a_virtual_certainty_is_no_video_link() -> None:
    text = (
        "Prime Minister Boris Johnson met Prime Minister Narendra Modi in New Delhi today; a "
        "trade deal this year is a virtual certainty, officials said."
    )
    assert _modes(text) == ["in-person"]


def test_meeting_virtual_summits_met_virtually_is_by_video() -> None:
    """Issue 4: "met virtually" tells talks by video, as "a virtual meeting" does."""
    text = (
        "President Ana Roldan of Chile and Prime Minister Sven Lind of Sweden met virtually on "
        "Monday to discuss lithium."
    )
    assert _modes(text) == ["video"]


def test_meeting_virtual_summits_met_virtually_every_demand_is_in_person() -> None:
    """Counter-example: "virtually" there means "almost", of what follows."""
    text = (
        "President Ana Roldan of Chile met Prime Minister Sven Lind of Sweden in Stockholm on "
        "Monday; the offer met virtually every demand of the miners, officials said."
    )
    assert _modes(text) == ["in-person"]
