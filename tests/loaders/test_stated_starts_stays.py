"""A stay told from its first day ("who has been in Lima since last Saturday") gives the
visit's first day and place, though it is told in a relative clause."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

# 24 November 2026 is a Tuesday.
_DAY = datetime.date(2026, 11, 24)


def test_stated_starts_stays_a_stay_since_a_weekday_starts_the_visit() -> None:
    text = (
        "Uruguayan Foreign Minister Mario Lubetkin, who has been in Manila since last "
        "Saturday, held talks with Philippine Foreign Secretary Theresa Lazaro on Tuesday."
    )
    assert dated_visits(read(text, _DAY)) == {("Mario Lubetkin", "PH", "2026-11-21")}


def test_stated_starts_stays_a_stay_told_with_the_visit_starts_it() -> None:
    text = (
        "Uruguayan Foreign Minister Mario Lubetkin, who has been in Manila since Sunday, is "
        "on an official visit to the Philippines."
    )
    assert dated_visits(read(text, _DAY)) == {("Mario Lubetkin", "PH", "2026-11-22")}


def test_stated_starts_stays_an_aside_about_the_past_still_dates_nothing() -> None:
    """Counter-example: a relative clause about the visitor's past is not the visit's start."""
    text = (
        "Uruguayan Foreign Minister Mario Lubetkin, who took office in March, arrived in "
        "Manila on Tuesday for a visit to the Philippines."
    )
    assert dated_visits(read(text, _DAY)) == {("Mario Lubetkin", "PH", "2026-11-24")}
