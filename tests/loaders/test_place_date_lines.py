"""A release signed off (or headed) on one line with its place and date is dated by it."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.read import make_document

_BODY = (
    "Trade ministers of the two republics met on Tuesday and agreed to cut tariffs on grain, "
    "said a statement issued after the talks.\n\nThe next round is due in the autumn.\n\n"
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Lisbon, 3 March 2022", datetime.date(2022, 3, 3)),
        ("Rio de Janeiro / October 9, 2021", datetime.date(2021, 10, 9)),
        ("Port Moresby \u2013 1 July 2020", datetime.date(2020, 7, 1)),
        ("KUALA LUMPUR | 12th May 2019", datetime.date(2019, 5, 12)),
    ],
)
def test_place_date_lines_a_closing_place_and_date_dates_the_release(
    line: str, day: datetime.date
) -> None:
    document = make_document("t", "t", f"Ministers agree on grain\n\n{_BODY}{line}\n")
    assert document.date == day


def test_place_date_lines_a_place_and_date_over_the_release_dates_it() -> None:
    document = make_document("t", "t", f"Ministers agree on grain\n\nOslo / May 2, 2018\n\n{_BODY}")
    assert document.date == datetime.date(2018, 5, 2)


@pytest.mark.parametrize(
    "line",
    ["Talks resumed in Geneva, 15 April 2023", "Geneva, talks on 15 April 2023"],
)
def test_place_date_lines_a_closing_sentence_ending_on_a_date_does_not_date_it(
    line: str,
) -> None:
    assert make_document("t", "t", f"Ministers agree on grain\n\n{_BODY}{line}\n").date is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("State House, Nairobi. Monday, 21st August 2023.", datetime.date(2023, 8, 21)),
        ("Union Buildings, Pretoria, 4 June 2021", datetime.date(2021, 6, 4)),
        ("Accra. Friday, 9 February 2024", datetime.date(2024, 2, 9)),
        # State agencies and information services close the line with their own name.
        ("Tbilisi, 15.03.2021, GEOPRESS", datetime.date(2021, 3, 15)),
        ("Kingston, Friday, October 1st, 2021 (JIS)", datetime.date(2021, 10, 1)),
        ("Bishkek, 12th April, 2022 (Kabar)", datetime.date(2022, 4, 12)),
        # Presidential sites head an item with the day first and the place after it.
        ("March 14, 2021, Minsk", datetime.date(2021, 3, 14)),
        ("2 October 2019 \u2013 Novo-Ogaryovo, Moscow Region", datetime.date(2019, 10, 2)),
    ],
)
def test_place_date_lines_a_venue_and_city_over_the_release_date_it(
    line: str, day: datetime.date
) -> None:
    document = make_document("t", "t", f"Ministers agree on grain\n\n{line}\n\n{_BODY}")
    assert document.date == day


def test_place_date_lines_a_heading_sentence_that_ends_on_a_date_does_not_date_it() -> None:
    line = "Talks Resumed. Ministers met in Geneva on 15 April 2023."
    assert make_document("t", "t", f"Ministers agree on grain\n\n{line}\n\n{_BODY}").date is None


@pytest.mark.parametrize(
    "line",
    [
        "Kingston, October 1st, 2021, talks resumed",
        "Kingston, October 1st, 2021 (see below)",
        "Tbilisi, 15.03.2021, Ministers Met Again In The Capital",
    ],
)
def test_place_date_lines_words_after_the_date_are_no_agency_name(line: str) -> None:
    assert make_document("t", "t", f"Ministers agree on grain\n\n{line}\n\n{_BODY}").date is None


def test_place_date_lines_a_sentence_that_opens_on_a_date_dates_nothing() -> None:
    text = f"Talks on grain\n\nMarch 14, 2021, the ministers met in Minsk\n\n{_BODY}"
    assert make_document("t", "t", text).date is None
