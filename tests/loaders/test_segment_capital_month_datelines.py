"""Datelines that set the month in capitals, name a country after the city, or leave the
city out are datelines all the same: the story's first sentence is not swallowed into them,
and their day is the day filed (without a year when the story gives none)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document
from dkg.loaders.pipeline import Pipeline
from dkg.loaders.steps.normalize import DateNormalizer
from dkg.loaders.steps.segment import Segmenter


def _read(text: str, date: datetime.date | None = None) -> Document:
    return Pipeline([Segmenter(), DateNormalizer()])(Document("t", "t", text, date=date))


@pytest.mark.parametrize(
    ("text", "dateline", "filed"),
    [
        (
            "HARARE, JULY 9 (Plains Wire) - The envoys met on Tuesday.",
            "HARARE, JULY 9 (Plains Wire)",
            "--07-09",
        ),
        ("MARCH 21 (Reef Agency) - Talks opened in Suva.", "MARCH 21 (Reef Agency)", "--03-21"),
        ("SEPT. 2 - Two ministers signed a fisheries pact.", "SEPT. 2", "--09-02"),
        (
            "KAMPALA, Uganda, NOV. 17 - A delegation from Rwanda came for talks.",
            "KAMPALA, Uganda, NOV. 17",
            "--11-17",
        ),
        (
            "Porto Alegre, Brazil, Dec. 3 - The two trade ministers met.",
            "Porto Alegre, Brazil, Dec. 3",
            "--12-03",
        ),
    ],
)
def test_segment_capital_month_datelines_are_apart_and_give_the_day_filed(
    text: str, dateline: str, filed: str
) -> None:
    document = _read(text)
    assert [s.text for s in document.sentences if s.dateline] == [dateline]
    assert document.sentences[-1].text == text.split(" - ", 1)[1]
    assert document.filed is not None and document.filed.lexical == filed


def test_segment_capital_month_datelines_take_a_known_year() -> None:
    document = _read(
        "OCTOBER 4 (Andes Wire) - The two presidents met on Friday.", datetime.date(2023, 10, 4)
    )
    assert [d.start.lexical for d in document.dates] == ["2023-09-29"]


@pytest.mark.parametrize(
    "text",
    [
        # A month opening a sentence of text, with no agency and not in capitals.
        "March 21 - the day the talks opened - is now a holiday in both countries.",
        # A headline in capitals that names a month is no dateline.
        "MAY 4 TALKS IN OSLO END WITH NO DEAL",
        # A city and a country before a dash, with no date, stay part of the sentence.
        "Kampala, Uganda - a city of hills - hosted the summit.",
    ],
)
def test_segment_capital_month_datelines_need_a_dateline_shape(text: str) -> None:
    document = _read(text)
    assert [s.text for s in document.sentences if s.dateline] == []
