"""Days told by their number alone ("on Monday (30)", "on Tuesday the 14th", "on the 3rd") lie
in the month the story is told from."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

THURSDAY = datetime.date(2026, 10, 1)


def _dates(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, THURSDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president received the envoy on Monday (28) in Recife.", ["2026-09-28"]),
        ("The governor signed the decree this Thursday (1st).", ["2026-10-01"]),
        ("The minister received the delegation on Tuesday the 29th.", ["2026-09-29"]),
        ("The fair will open on Tuesday the 6th.", ["2026-10-06"]),
        ("The two sides met on the 30th, the ministry said.", ["2026-09-30"]),
        ("The summit will close on the 9th and a statement will follow.", ["2026-10-09"]),
    ],
)
def test_day_numbers_lie_in_the_month_of_the_document_date(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation stayed on the 12th floor of the hotel.", []),
        ("The party met on the 20th anniversary of its founding.", []),
        ("It was held on the 5th of August.", ["2026-08-05"]),
        ("The envoy was received on Monday (27) in Recife.", []),
    ],
)
def test_day_numbers_an_ordinal_that_is_no_day_of_this_month_gives_none(
    text: str, expected: list[str]
) -> None:
    """A floor or an anniversary is no day; a month after the ordinal is read with it; a
    weekday that no day so numbered near the document date falls on gives no date."""
    assert _dates(text) == expected


def test_day_numbers_take_the_month_of_a_dateline_without_a_year() -> None:
    text = (
        "RABAT, May 4 (Wire) - The king received the visiting premier on the 29th, the palace said."
    )
    document = default_pipeline()(Document("t", "t", text))
    assert [d.start.lexical for d in document.dates] == ["--04-29"]


def test_day_numbers_a_numbered_weekday_fixes_the_weekdays_of_a_dateline_without_a_year() -> None:
    text = (
        "QUITO, June 10 (Wire) - The president received his Peruvian counterpart on "
        "Sunday (8) at the palace. The two met again on Monday, the ministry said."
    )
    document = default_pipeline()(Document("t", "t", text))
    assert [d.start.lexical for d in document.dates] == ["--06-08", "--06-09"]
