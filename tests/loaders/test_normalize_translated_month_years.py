"""Copy translated from Spanish, Portuguese or Italian joins month and year with "of" ("in
November of 2016", "on the 14 of November of 2024"): that is the month of that year, not this
year's November beside a bare year."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

FILED = datetime.date(2025, 9, 3)


def _dates(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, FILED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister had been to Quito before, in March of 2019, for a forum.", ["2019-03"]),
        ("In March of 2019 the minister went to Quito.", ["2019-03"]),
        ("The treaty was signed on the 14 of March of 2019 in Quito.", ["2019-03-14"]),
        # "of" after a count is no month's year
        ("Some 300 of 2019's graduates were hired in March.", ["2019", "2025-03"]),
    ],
)
def test_normalize_translated_month_years_read_month_of_year(
    text: str, expected: list[str]
) -> None:
    assert _dates(text) == expected
