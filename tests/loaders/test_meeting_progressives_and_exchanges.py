"""Talks told as under way ("where he was meeting Chancellor X") or as an exchange held with
someone ("who held a short exchange with him") are meetings; a plan "meeting resistance", an
exchange of prisoners and a welcome at the airport alone are not."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

DAY = datetime.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Italian Foreign Minister Antonio Tajani told reporters in Vienna on Tuesday, where "
            "he was meeting Chancellor Christian Stocker, that the bloc must act together.",
            ["Antonio Tajani", "Christian Stocker"],
        ),
        (
            "Dutch Prime Minister Dick Schoof, who was meeting with Prime Minister Donald Tusk "
            "in Warsaw on Tuesday, said aid to Kyiv would continue.",
            ["Dick Schoof", "Donald Tusk"],
        ),
        (
            "President Gustavo Petro of Colombia arrived in Nairobi on Tuesday. He was received "
            "at the airport by Foreign Minister Musalia Mudavadi, who held a short exchange with "
            "him on coffee exports.",
            ["Gustavo Petro", "Musalia Mudavadi"],
        ),
        (
            "Greek Prime Minister Kyriakos Mitsotakis had a frank exchange of views with "
            "President Nikos Christodoulides in Nicosia on Tuesday.",
            ["Kyriakos Mitsotakis", "Nikos Christodoulides"],
        ),
    ],
)
def test_meeting_progressives_and_exchanges_are_talks(text: str, pair: list[str]) -> None:
    assert meetings(read(text, DAY)) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Finnish President Alexander Stubb said on Tuesday the plan was meeting resistance, "
        "and Swedish Prime Minister Ulf Kristersson agreed.",
        "President Gustavo Petro of Colombia arrived in Nairobi on Tuesday. He was received "
        "at the airport by Foreign Minister Musalia Mudavadi.",
        "President Volodymyr Zelensky said on Tuesday that Kyiv had held an exchange of "
        "prisoners with Moscow, and thanked President Mohammed bin Zayed for mediating.",
    ],
)
def test_meeting_progressives_and_exchanges_other_uses_are_no_talks(text: str) -> None:
    assert meetings(read(text, DAY)) == []
