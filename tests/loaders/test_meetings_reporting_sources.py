"""Whoever opens a sentence by reporting talks ("Spokesman X said A had met B") is the source,
not a participant; a speaker who reports their own talks ("X said he had met B") still is."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read


def _participants(text: str) -> list[list[str]]:
    return meetings(read(text, datetime.date(2025, 4, 16)))


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Spokesman Tomas Lindqvist said Prime Minister Mette Frederiksen had spoken by "
            "telephone with President Alar Karis on Monday.",
            [["Alar Karis", "Mette Frederiksen"]],
        ),
        (
            "Presidential spokesperson Amina Diallo told reporters that President Macky Sall "
            "had met Prime Minister Pedro Sanchez in Dakar on Tuesday.",
            [["Macky Sall", "Pedro Sanchez"]],
        ),
        (
            "Government spokesman Kofi Asante confirmed that President John Mahama held "
            "talks with President Bola Tinubu on 14 April.",
            [["Bola Tinubu", "John Mahama"]],
        ),
    ],
)
def test_meetings_reporting_sources_the_spokesman_is_no_participant(
    text: str, talks: list[list[str]]
) -> None:
    assert _participants(text) == talks


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "President Gustavo Petro said he had spoken by phone with President Daniel Noboa "
            "on Monday.",
            [["Daniel Noboa", "Gustavo Petro"]],
        ),
        (
            "Chancellor Karl Nehammer said on Tuesday that he had held talks with Prime "
            "Minister Robert Fico.",
            [["Karl Nehammer", "Robert Fico"]],
        ),
    ],
)
def test_meetings_reporting_sources_a_speaker_of_their_own_talks_takes_part(
    text: str, talks: list[list[str]]
) -> None:
    assert _participants(text) == talks
