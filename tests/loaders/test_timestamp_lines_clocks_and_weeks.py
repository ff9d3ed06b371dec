"""Stamp lines that news sites print under a headline with the clock after a dash or slash, a
bracketed or numeric time zone, or a weekly issue's "Week of" date: each is the story's only
full date, so without it every "on Monday" of the story loses its year."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

STORY = (
    "Kenyan President William Ruto arrived in Brazil on Monday for a state visit, his office said."
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("April 8, 2024 | 16:40 (GMT+3)", datetime.date(2024, 4, 8)),
        ("8 April 2024 - 16:40", datetime.date(2024, 4, 8)),
        ("Apr 8, 2024 / 4:40 PM", datetime.date(2024, 4, 8)),
        ("Updated: 18.04.2024 \u2013 16:40", datetime.date(2024, 4, 18)),
        ("Mon, 08 Apr 2024 16:40:00 +0300", datetime.date(2024, 4, 8)),
        ("2024-04-08T16:40:00+03:00", datetime.date(2024, 4, 8)),
        ("Week of 8 April 2024", datetime.date(2024, 4, 8)),
        ("Diplomacy | Week of April 8, 2024", datetime.date(2024, 4, 8)),
        ("4:40 pm on 8 April 2024", datetime.date(2024, 4, 8)),
    ],
)
def test_timestamp_lines_a_stamp_with_a_clock_or_week_dates_the_story(
    stamp: str, day: datetime.date
) -> None:
    assert read(f"Ruto in Brasilia\n{stamp}\n\n{STORY}").date == day


def test_timestamp_lines_a_week_line_above_the_headline_gives_the_visit_its_year() -> None:
    text = f"World | Week of 8 April 2024\nRuto in Brasilia\n\n{STORY}"
    assert dated_visits(read(text)) == {("William Ruto", "BR", "2024-04-08")}


@pytest.mark.parametrize(
    "text",
    [
        # A date inside a sentence of the story, clock and all, is not the story's date.
        "Ruto in Brasilia\n\nThe talks began on 8 April 2024 - 16:40 local time, aides said.",
        # A week named in a sentence is the story's, not the issue's.
        "Ruto in Brasilia\n\nTalks are set for the week of 8 April 2024 in the capital.",
        # A range of days in a title is the event's, not a clock.
        "STATE VISIT TO BRAZIL, 8 - 11 APRIL 2024\n\nThe president landed on Monday.",
        # A week without its year says nothing about the year.
        "Ruto in Brasilia\nWeek of 8 April\n\nThe president landed on Monday.",
    ],
)
def test_timestamp_lines_a_date_that_is_no_stamp_line_dates_nothing(text: str) -> None:
    assert read(text).date is None


def test_timestamp_lines_a_long_standfirst_above_the_stamp_is_no_paragraph() -> None:
    standfirst = (
        "The first summit between the two neighbours in almost a decade seals the thaw, "
        "although the president, who is abroad on a private trip, joined only by telephone"
    )
    assert len(standfirst) >= 160
    text = f"Ruto in Brasilia\n{standfirst}\n\nBy Ana Ruiz\nBrasilia - APR 08, 2024 - 16:40 CET\n\n"
    # a story long enough that the stamp is no closing line: only the top lines can date it
    assert read(text + STORY + "\n" + "More text follows here.\n" * 14).date == datetime.date(
        2024, 4, 8
    )
