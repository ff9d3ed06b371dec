"""A live blog heads each day with a weekday and a date but no year ("SATURDAY, MARCH 8"):
under such a heading "today" is that day, in the year of the blog's date."""

from __future__ import annotations

import datetime

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.date_headings import diary_days
from tests.loaders.reading import read

BLOG = (
    "Live: the Chancellor in Hanoi\n\n"
    "SUNDAY, MARCH 9\n\n"
    "10:05 local time\nThe Chancellor laid a wreath today.\n\n"
    "SATURDAY, MARCH 8\n\n"
    "18:30 local time\nThe Chancellor opened a trade fair today.\n"
)
FILED = datetime.date(2025, 3, 9)


def _sentences(*lines: str) -> list[Sentence]:
    found, at = [], 0
    for line in lines:
        found.append(Sentence(TextSpan(at, at + len(line)), line, 0))
        at += len(line) + 2
    return found


def test_date_headings_yearless_today_is_the_day_of_its_heading() -> None:
    document = read(BLOG, FILED)
    today = [
        d.start.lexical
        for d in document.dates
        if document.text[d.span.start : d.span.end].casefold() == "today"
    ]
    assert today == ["2025-03-09", "2025-03-08"]


def test_date_headings_yearless_take_the_year_their_weekday_fits() -> None:
    # 3 January falls on a Friday in 2025, not in 2024: a blog dated late December 2024
    days = diary_days(
        _sentences("Thursday, January 2", "Friday, January 3"), datetime.date(2024, 12, 30)
    )
    assert sorted(days.values()) == [datetime.date(2025, 1, 2), datetime.date(2025, 1, 3)]


def test_date_headings_yearless_need_a_weekday_that_fits_and_a_dated_record() -> None:
    wrong_weekday = _sentences("Monday, March 9", "Tuesday, March 8")  # 2025: Sunday, Saturday
    assert diary_days(wrong_weekday, FILED) == {}
    no_weekday = _sentences("March 9", "March 8")
    assert diary_days(no_weekday, FILED) == {}
    assert diary_days(_sentences("Sunday, March 9", "Saturday, March 8")) == {}
