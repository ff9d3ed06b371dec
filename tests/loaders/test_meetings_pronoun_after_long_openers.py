"""A "he" after a long scene-setting opener ("After a ceremonial welcome at the palace on
Wednesday morning, he held talks with X") is the visitor of the paragraph before."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

DAY = datetime.date(2025, 4, 10)

VISIT = (
    "President Gustavo Ramirez of Colombia arrived in Kuala Lumpur on Tuesday evening for a "
    "three-day state visit at the invitation of Prime Minister Anwar Ibrahim.\n\n"
)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return dated_meetings(read(text, DAY))


def test_meetings_pronoun_after_long_openers_a_ceremonial_welcome_opener_keeps_he() -> None:
    text = VISIT + (
        "After a ceremonial welcome at the palace on Wednesday morning, he held talks with "
        "Anwar at the prime minister's complex."
    )
    assert _meetings(text) == [(["Anwar Ibrahim", "Gustavo Ramirez"], "2025-04-09")]


def test_meetings_pronoun_after_long_openers_following_opener_keeps_she() -> None:
    text = (
        "Prime Minister Helga Brandt of Denmark arrived in Nairobi on Monday for an official "
        "visit.\n\nFollowing a guard of honour and a wreath-laying at the mausoleum on Tuesday, "
        "she held talks with President Samuel Otieno at State House."
    )
    assert _meetings(text) == [(["Helga Brandt", "Samuel Otieno"], "2025-04-08")]


def test_meetings_pronoun_after_long_openers_an_opener_naming_someone_is_left_alone() -> None:
    text = VISIT + (
        "After Minister Rosa Quintero toured the port on Wednesday, he held talks with the "
        "chamber of commerce."
    )
    names = {p.name for p in read(text, DAY).people}
    assert "Rosa Quintero" in names
    assert _meetings(text) == []
