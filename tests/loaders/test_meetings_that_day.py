"""Talks told "on that day" or "that same day" took place on the day the story told last,
not on the day the document was filed."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read


def _dated_meetings(text: str) -> list[tuple[list[str], str | None]]:
    return dated_meetings(read(text, datetime.date(2024, 10, 2)))


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "The regional summit ended on 9 June 2023 in Accra. That same day, President "
            "Nana Akufo-Addo received President Patrice Talon.",
            [(["Nana Akufo-Addo", "Patrice Talon"], "2023-06-09")],
        ),
        (
            "A trade fair opened in Almaty on 4 March 2022. On that day, President Kassym-Jomart "
            "Tokayev held talks with President Ilham Aliyev.",
            [(["Ilham Aliyev", "Kassym-Jomart Tokayev"], "2022-03-04")],
        ),
    ],
)
def test_meetings_that_day_is_the_day_told_before(
    text: str, talks: list[tuple[list[str], str]]
) -> None:
    assert _dated_meetings(text) == talks


def test_meetings_that_day_with_no_day_told_before_keeps_the_filing_day() -> None:
    text = "On that day, President Javier Milei met President Santiago Pena in Asuncion."
    assert _dated_meetings(text) == [(["Javier Milei", "Santiago Pena"], "2024-10-02")]


def test_meetings_that_day_to_day_contacts_are_no_date() -> None:
    text = (
        "The treaty was signed on 5 May 2019. Stressing that day-to-day contacts had grown, "
        "President Klaus Iohannis met President Maia Sandu in Chisinau."
    )
    document = read(text, datetime.date(2024, 10, 2))
    told = [text[d.span.start : d.span.end] for d in document.dates]
    assert told == ["5 May 2019"]
