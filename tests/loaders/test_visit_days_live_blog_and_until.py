"""A visit told in the present under a live blog's day heading began that day, and its talks
without a day of their own were held on the day of their heading; a visit "until Saturday"
ends, not begins, on Saturday."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

BLOG = (
    "LIVE | Chancellor Ana Kovac in Norway\n\n"
    "Chancellor Ana Kovac of Austria is in Oslo on a two-day official visit.\n\n"
    "SUNDAY, MARCH 9\n\n"
    "11:20 CET\nKovac has held talks with Prime Minister Erik Lund at his office.\n\n"
    "SATURDAY, MARCH 8\n\n"
    "16:45 CET\nKovac has landed at Oslo airport, where she was received by the foreign "
    "minister.\n"
)
FILED = datetime.date(2025, 3, 9)


def test_visit_days_live_blog_visit_starts_on_its_heading_day() -> None:
    document = read(BLOG, FILED)
    names = {p.key: p.name for p in document.people}
    starts = {(names[v.visitor], v.start.lexical if v.start else None) for v in document.visits}
    assert starts == {("Ana Kovac", "2025-03-08")}


def test_visit_days_live_blog_talks_keep_their_heading_day() -> None:
    document = read(BLOG, FILED)
    assert [m.date.lexical if m.date else None for m in document.meetings] == ["2025-03-09"]


def test_visit_days_without_headings_a_present_visit_is_of_the_filing_day() -> None:
    text = "Chancellor Ana Kovac of Austria is in Oslo on a two-day official visit."
    document = read(text, FILED)
    assert [v.start.lexical if v.start else None for v in document.visits] == ["2025-03-09"]


def test_visit_days_until_a_day_is_the_visits_last() -> None:
    text = (
        "Prime Minister Erik Lund received yesterday Chancellor Ana Kovac of Austria, who is "
        "on a state visit to Norway until Tuesday."
    )
    document = read(text, FILED)
    days = [(v.start and v.start.lexical, v.end and v.end.lexical) for v in document.visits]
    assert days == [("2025-03-08", "2025-03-11")]


def test_visit_days_until_a_stated_first_day_stays_first() -> None:
    text = "Chancellor Ana Kovac of Austria is on a state visit to Norway from 7 to 10 March."
    document = read(text, FILED)
    days = [(v.start and v.start.lexical, v.end and v.end.lexical) for v in document.visits]
    assert days == [("2025-03-07", "2025-03-10")]
