"""An undated story's "in July this year" is July of the story's year, not yet known: an
earlier trip told with its own month is a background visit of its own, not the visit under
way the dateline dates."""

from __future__ import annotations

from tests.visit_rows import visit_rows


def test_visit_dates_this_year_undated_earlier_trip_is_its_own_visit() -> None:
    rows = visit_rows(
        "VIENNA, 3 November - Uzbek Prime Minister Rashid Karimov, who is on a working visit to "
        "Austria, held talks today in Vienna with Chancellor Karl Huber. Karimov made his first "
        "visit abroad as prime minister to Vienna in July this year."
    )
    assert [(r.host_country, r.start) for r in rows] == [("AT", "--11-03"), ("AT", "--07-01")]


def test_visit_dates_this_year_undated_last_year_stays_unresolved() -> None:
    # Near miss: "last year" of an undated story names no year to count from, nor a month of
    # the story's own year.
    rows = visit_rows(
        "VIENNA, 3 November - Uzbek Prime Minister Rashid Karimov, who is on a working visit to "
        "Austria, held talks today in Vienna with Chancellor Karl Huber. Karimov made his first "
        "visit abroad as prime minister to Vienna in July last year."
    )
    assert ("AT", "--07-01") not in [(r.host_country, r.start) for r in rows]
