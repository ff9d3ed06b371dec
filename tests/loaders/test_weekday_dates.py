"""A weekday followed by the date it names is that date: "arrived on the morning of Thursday,
14 August" in a story filed "GABORONE, 15 August" began on the 14th, whatever the weekday
alone would have been counted as from the filing day."""

from __future__ import annotations

from dkg.loaders import Document
from dkg.loaders.pipeline import Pipeline
from dkg.loaders.steps.normalize import DateNormalizer
from dkg.loaders.steps.segment import Segmenter
from tests.visit_rows import visit_rows


def _days(text: str) -> list[tuple[str, str]]:
    document = Pipeline([Segmenter(), DateNormalizer()])(Document("t", "t", text))
    return [(text[d.span.start : d.span.end], d.start.lexical) for d in document.dates]


def test_weekday_dates_weekday_and_written_day_are_one_date() -> None:
    assert _days(
        "GABORONE, 15 August - The President of Namibia arrived on the morning of Thursday, "
        "14 August, where he was welcomed."
    ) == [("the morning of Thursday, 14 August", "--08-14")]


def test_weekday_dates_weekday_and_another_day_stay_apart() -> None:
    # Near miss: a weekday and a later day joined by "and" are two days.
    days = _days(
        "GABORONE, 15 August - The minister arrived on Thursday and will leave on 18 August."
    )
    assert [text for text, _ in days] == ["on Thursday", "18 August"]
    assert days[-1] == ("18 August", "--08-18")


def test_weekday_dates_arrival_takes_the_written_day() -> None:
    rows = visit_rows(
        "GABORONE, 15 August - The President of Namibia, Peter Shilongo, arrived in Botswana on "
        "the morning of Thursday, 14 August, where he was welcomed by the Vice President."
    )
    assert [(r.host_country, r.start) for r in rows] == [("BW", "--08-14")]


def test_weekday_dates_dateline_day_fixes_the_weekday_told_before_a_dated_one() -> None:
    # A yearless dateline dates the story: "this Tuesday" is the filed day (or the Tuesday
    # before it), not the Tuesday before a "Sunday 26 of May" told further on.
    days = _days(
        "Beijing, 28 May (Agency) - The President of Bolivia continues his visit to China.\n\n"
        "Trade between both nations has grown.\n\n"
        "It reached a record last year.\n\n"
        "The President has held this Tuesday official talks with his host.\n\n"
        "He arrived in Beijing the Sunday 26 of May."
    )
    assert ("this Tuesday", "--05-28") in days
    assert ("26 of May", "--05-26") in days


def test_weekday_dates_dated_weekday_without_a_dateline_still_anchors() -> None:
    # Near miss: with no dateline, the day named with its weekday is what weekdays count from.
    days = _days(
        "The minister arrived on Sunday, 26 May, for talks.\n\nOn Tuesday she met the press."
    )
    assert ("On Tuesday", "--05-28") in days
