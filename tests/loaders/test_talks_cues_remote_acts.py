"""An opening done by video ("inaugurated by videoconference the new port") is no talks; talks
held or joined by video are."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.talks_cues import talks_cues


@pytest.mark.parametrize(
    "text",
    [
        "After the talks, the two leaders inaugurated by videoconference the new grain terminal.",
        "The two presidents opened the solar plant via video link from the palace.",
        "The premier launched the railway line by videoconference.",
    ],
)
def test_talks_cues_remote_acts_are_no_talks(text: str) -> None:
    assert not any(c.group().casefold().startswith("video") for c in talks_cues(text))


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders held talks by videoconference on Monday.",
        "The chancellor joined the talks by video link from Berlin.",
        "The two prime ministers spoke by video link for an hour.",
    ],
)
def test_talks_cues_remote_acts_talks_by_video_stay_talks(text: str) -> None:
    assert any(c.group().casefold().startswith("video") for c in talks_cues(text))
