"""A promise told before its speaker ("Chile will open a trade office in Hanoi, the President
said after he met X") does not turn the speaker's talks into plans; a future that still governs
the talks does."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 6, 10)


def test_reported_futures_talks_told_after_a_reported_promise_are_a_meeting() -> None:
    text = (
        "Chile will open a trade office in Hanoi, the President, Marta Olivares, said on Monday "
        "after she held talks with Vietnamese Prime Minister Tran Van Khai at the Presidential "
        "Palace."
    )
    assert meetings(read(text, _DAY)) == [["Marta Olivares", "Tran Van Khai"]]


def test_reported_futures_a_speaker_in_commas_leaves_the_talks_to_come() -> None:
    text = (
        "President Marta Olivares will, her office said, hold talks with Vietnamese Prime "
        "Minister Tran Van Khai in Hanoi."
    )
    assert meetings(read(text, _DAY)) == []


def test_reported_futures_a_future_after_the_speaker_still_governs_the_talks() -> None:
    text = (
        "President Marta Olivares will fly to Hanoi, her office said, where she will hold talks "
        "with Vietnamese Prime Minister Tran Van Khai."
    )
    assert meetings(read(text, _DAY)) == []


def test_reported_futures_talks_reported_as_planned_stay_plans() -> None:
    text = (
        "Her office said President Marta Olivares will hold talks with Vietnamese Prime Minister "
        "Tran Van Khai in Hanoi on Thursday."
    )
    assert meetings(read(text, _DAY)) == []
