"""Money said to go to people described by a relative clause ("families displaced by the
floods") is spent on no area; the areas a sum goes to come before such a clause."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _labels(text: str) -> list[str]:
    return [s.label for s in read(text, datetime.date(2024, 5, 2)).sectors]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the Japanese aid to Nepal went to families displaced by the floods.",
        "The Saudi grant to Sudan will go to households struck by the drought.",
        "Part of the Turkish aid to Syria went to those left homeless by the earthquake.",
    ],
)
def test_sectors_spending_recipients_are_no_area(sentence: str) -> None:
    assert _labels(sentence) == []


def test_sectors_spending_recipients_keep_the_areas_before_them() -> None:
    """Counter-example: the areas named before a clause about who benefits are still read."""
    sentence = "The Korean loan to Ghana will go to irrigation and fisheries hit by the drought."
    assert _labels(sentence) == ["irrigation", "fisheries and seafood"]
