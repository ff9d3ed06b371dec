"""The people who tell a story ("three officials said") are never a counted figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2024 = FigureContext(document_year=2024)


def counts(sentence: str) -> list[Decimal]:
    return [f.value for f in find_figures(sentence, 0, DATED_2024)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three officials said the talks between Kenya and Uganda would resume in June.",
        "Four people familiar with the talks between Peru and Chile said a deal was near.",
        "Two officials told reporters that Ghana and Togo had agreed on a border commission.",
    ],
)
def test_figure_people_who_tell_the_story_are_no_count(sentence: str) -> None:
    assert counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("More than 5,000 Kenyan students study in India, officials said.", Decimal("5000")),
        ("About 2,000 officials work at the embassy of Japan in Brazil.", Decimal("2000")),
    ],
)
def test_figure_people_counted_before_a_speaker_stay_a_count(sentence: str, value: Decimal) -> None:
    assert counts(sentence) == [value]
