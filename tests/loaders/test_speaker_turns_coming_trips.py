"""A speaker who tells the next trip in the present ("From here I go to Rio") announces a
visit of their own; "we go to the polls" or another person's travel is none."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

DAY = datetime.date(2024, 11, 16)
_OPENING = (
    "Press conference of Prime Minister Anthony Albanese in Lima.\n\n"
    "PRIME MINISTER ALBANESE: Thank you all for coming.\n\n"
    "JOURNALIST: What comes next?\n\n"
    "PRIME MINISTER ALBANESE: "
)


def _trips(turn: str) -> set[tuple[str, str]]:
    document = read(_OPENING + turn + "\n", DAY)
    return {(v.host_country, v.status) for v in document.visits}


def test_speaker_turns_coming_trips_present_of_the_speaker_is_announced() -> None:
    assert _trips("From here I go to Brazil for the summit, and then on to Guyana.") == {
        ("BR", "announced"),
        ("GY", "announced"),
    }
    assert _trips("Tomorrow I fly to Chile for talks.") == {("CL", "announced")}


def test_speaker_turns_coming_trips_not_for_polls_or_others() -> None:
    assert _trips("We go to the polls in May, and I trust the voters.") == set()
    assert _trips("Many young people go to Canada to study.") == set()
