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
