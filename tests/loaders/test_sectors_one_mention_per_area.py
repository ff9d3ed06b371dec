"""An area named by words that two readings both find ("defence" after a cue and "defence
cooperation" before its head noun) is told once."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _labels(text: str) -> list[str]:
    return [s.label for s in read(text, datetime.date(2024, 5, 2)).sectors]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Kenya and Turkey agreed to expand defence cooperation.", ["defence"]),
        ("Peru and Chile discussed trade and defence cooperation.", ["trade", "defence"]),
        # counter-example: two mentions of an area in two places of a sentence stay two
        (
            "Laos and Thailand discussed tourism, and tourism cooperation was praised.",
            ["tourism", "tourism"],
        ),
    ],
)
def test_sectors_one_mention_per_area(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels
