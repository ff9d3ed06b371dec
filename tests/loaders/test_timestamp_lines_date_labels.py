"""A release form prints its date behind a "Date:" label, in figures: "Date: 21/03/2024"."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read


def test_timestamp_lines_a_labelled_date_in_figures_dates_the_release() -> None:
    text = (
        "Press release | Ministry of Foreign Affairs\nDate: 21/03/2024\n\n"
        "The minister met the ambassador today."
    )
    assert read(text).date == datetime.date(2024, 3, 21)


def test_timestamp_lines_a_labelled_date_takes_its_month_from_the_story() -> None:
    text = "Press release\nDate: 03/04/2024\n\nThe minister will travel on 5 April."
    assert read(text).date == datetime.date(2024, 4, 3)


def test_timestamp_lines_a_labelled_date_that_could_be_two_days_dates_nothing() -> None:
    text = "Press release\nDate: 03/04/2024\n\nThe minister met the ambassador today."
    assert read(text).date is None


def test_timestamp_lines_a_label_that_is_not_the_release_date_dates_nothing() -> None:
    assert read("Notice\nDate of the meeting: 21/03/2024\n\nThe talks went well.").date is None
    assert read("Notice\nDate: to be confirmed\n\nThe talks went well.").date is None
