"""A sovereign who "granted an audience to" a guest met the guest; talks told "earlier in the
morning" of that day share its date, not the day the story was filed."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

DAY = datetime.date(2025, 2, 12)
_AUDIENCE = (
    "His Majesty King Tupou VI yesterday granted an audience to Prime Minister Christopher "
    "Luxon at the Royal Palace. "
)


def test_meetings_granted_an_audience_is_a_meeting_of_the_granter_and_the_guest() -> None:
    assert dated_meetings(read(_AUDIENCE, DAY)) == [
        (["Christopher Luxon", "Tupou VI"], "2025-02-11")
    ]


def test_meetings_earlier_in_the_morning_takes_the_day_of_the_audience() -> None:
    text = _AUDIENCE + (
        "Earlier in the morning, Luxon was accorded a ceremonial welcome, followed by a meeting "
        "with Crown Prince Siaosi Tupou."
    )
    assert dated_meetings(read(text, DAY)) == [
        (["Christopher Luxon", "Tupou VI"], "2025-02-11"),
        (["Christopher Luxon", "Siaosi Tupou"], "2025-02-11"),
    ]


def test_meetings_granted_an_audience_to_a_body_alone_is_no_meeting() -> None:
    # near-miss: one person, whom a body saw, no second party
    text = "King Tupou VI granted an audience to a delegation of the Asian Development Bank."
    assert dated_meetings(read(text, DAY)) == []


def test_meetings_earlier_in_the_week_keeps_its_own_day() -> None:
    # near-miss: "earlier in the week" is another day than the audience's
    text = _AUDIENCE + ("Earlier in the week, Luxon held talks with Crown Prince Siaosi Tupou.")
    found = dated_meetings(read(text, DAY))
    assert (["Christopher Luxon", "Siaosi Tupou"], "2025-02-11") not in found
