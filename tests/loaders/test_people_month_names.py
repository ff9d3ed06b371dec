"""A month written after a given name is a family name ("Theresa May said"), so the person is
named in full; the same month before a day or a year, or after "in", stays a date."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _read(text: str) -> tuple[list[str], list[str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2018, 2, 1)))
    dates = [document.text[d.span.start : d.span.end].strip(" .") for d in document.dates]
    return [p.name for p in document.people], dates


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Theresa May said the talks in Tokyo had gone well.",
        "British Prime Minister Theresa May arrived in Tokyo on Tuesday.",
        "Theresa May, the British prime minister, flew to Ottawa.",
    ],
)
def test_people_month_after_a_given_name_is_the_family_name(text: str) -> None:
    names, _ = _read(text)
    assert names == ["Theresa May"]


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        ("Prime Minister Theresa May will travel to Ottawa in May.", "Theresa May", "in May"),
        ("Prime Minister Theresa May will travel to Ottawa on 5 May.", "Theresa May", "5 May"),
        ("President Ines Moreau May 2019 visit to Ottawa was short.", "Ines Moreau", "May 2019"),
        ("Foreign Minister Ines Moreau May 5 flew to Ottawa.", "Ines Moreau", "May 5"),
    ],
)
def test_people_month_before_a_day_or_year_stays_a_date(text: str, name: str, date: str) -> None:
    names, dates = _read(text)
    assert names == [name]
    assert date in dates
