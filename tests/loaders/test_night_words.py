"""Night and clock words around a day: "overnight" after a past verb is the filing day, "in the
early hours of Friday" is that Friday, and a clock time after a weekday leaves its day alone."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

TUESDAY = datetime.date(2026, 3, 10)


def _dates(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, TUESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign minister landed in Maputo overnight for talks.", ["2026-03-10"]),
        ("Rockets struck the border town overnight, the army said.", ["2026-03-10"]),
        ("The delegation arrived in the early hours of Sunday.", ["2026-03-08"]),
        ("The president landed in Suva last night.", ["2026-03-09"]),
        ("The two leaders met on Monday at 10:00 in the palace.", ["2026-03-09"]),
        ("The ministers will meet on Thursday at 9.30 a.m. local time.", ["2026-03-12"]),
        ("The talks opened Monday at 14:00 (12:00 GMT).", ["2026-03-09"]),
    ],
)
def test_night_words_date_the_day_they_tell(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoy came by overnight train from Lviv.",
        "Overnight negotiations produced a draft text.",
        "The premier stayed overnight in Hue before the talks.",
        "The delegation will remain overnight in the capital.",
    ],
)
def test_night_words_overnight_as_a_means_or_a_stay_is_no_day(text: str) -> None:
    assert _dates(text) == []


def test_night_words_overnight_takes_the_dateline_day_without_a_year() -> None:
    text = "ODESA, April 2 (Wire) - Drones struck the port overnight, the governor said."
    document = default_pipeline()(Document("t", "t", text))
    assert [d.start.lexical for d in document.dates] == ["--04-02"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ODESA, March 1 (Wire) - The envoy arrived yesterday, the governor said.", ["--02-28"]),
        ("ODESA, June 30 (Wire) - The envoy will arrive tomorrow, the governor said.", ["--07-01"]),
    ],
)
def test_night_words_day_words_count_from_a_dateline_without_a_year(
    text: str, expected: list[str]
) -> None:
    document = default_pipeline()(Document("t", "t", text))
    assert [d.start.lexical for d in document.dates] == expected
