"""A year told as "in the year 1984", as translations from Spanish and French write it ("en el
año 1984", "en l'an 1984"), is that year, as "in 1984" is."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates


def _days(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, datetime.date(2025, 1, 14))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first visit of the Emir to Oman took place in the year 1984.", ["1984"]),
        ("In the year 2009 the two countries set up a council.", ["2009"]),
        # Near miss: a year with no "in the year" before it and no trip after it is no date.
        ("The year 1984 is also a novel.", []),
    ],
)
def test_date_pattern_in_the_year_is_the_year(text: str, expected: list[str]) -> None:
    assert _days(text) == expected
