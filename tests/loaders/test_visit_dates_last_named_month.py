"""'last March' and 'next May' name a month counted from the filing day (issue 4): read as a bare
month, a background trip made 'last January' took no date and merged with the present visit."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2024, 10, 2)
_OPENING = "Chilean President Gabriel Boric arrived in Madrid on Monday. "


def test_visit_dates_last_month_is_an_earlier_trip_of_its_own() -> None:
    text = _OPENING + "Boric had also been to Spain on a visit last January.\n"
    found = dated_visits(read(text, _DAY))
    assert ("Gabriel Boric", "ES", "2024-01") in found
    assert ("Gabriel Boric", "ES", "2024-09-30") in found


def test_visit_dates_last_month_not_yet_reached_this_year_is_last_years() -> None:
    text = _OPENING + "Spain's King Felipe VI visited Santiago last November.\n"
    assert ("Felipe VI", "CL", "2023-11") in dated_visits(read(text, _DAY))


def test_visit_dates_next_month_name_is_the_coming_one() -> None:
    text = _OPENING + "Spain's King Felipe VI will visit Santiago next May.\n"
    assert ("Felipe VI", "CL", "2025-05") in dated_visits(read(text, _DAY))


def test_visit_dates_last_month_with_a_day_keeps_the_day() -> None:
    """Counter-example: 'last March 5' is a day, not the month alone."""
    text = _OPENING + "Spain's King Felipe VI visited Santiago last March 5.\n"
    assert ("Felipe VI", "CL", "2024-03-05") in dated_visits(read(text, _DAY))


def test_visit_dates_last_month_word_is_no_named_month() -> None:
    """Counter-example: 'last month' stays the month before the filing day."""
    text = _OPENING + "Spain's King Felipe VI visited Santiago last month.\n"
    assert ("Felipe VI", "CL", "2024-09") in dated_visits(read(text, _DAY))


def test_visit_dates_year_before_the_trip_noun_dates_the_recalled_trip() -> None:
    text = (
        _OPENING + "Officials recalled the 2014 official visit to Santiago by the then "
        "Spanish King Juan Carlos.\n"
    )
    assert ("Juan Carlos", "CL", "2014") in dated_visits(read(text, _DAY))


def test_visit_dates_year_before_a_count_of_visitors_is_no_date() -> None:
    """Counter-example: "2019 visitors" counts people; it dates no trip."""
    text = _OPENING + "The Prado museum welcomed 2019 visitors from Chile on Tuesday.\n"
    assert ("Gabriel Boric", "ES", "2024-09-30") in dated_visits(read(text, _DAY))
    assert all(date != "2019" for _, _, date in dated_visits(read(text, _DAY)))
