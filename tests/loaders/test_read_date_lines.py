"""A story's own date printed on a line of its own, wherever news puts it: in a masthead,
below a kicker and headline, as an ISO stamp, or under a ministry release's closing place."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.read import make_document


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "THE COAST HERALD | Mombasa | Friday, 3 May 2024\n\nPort deal signed\n\n"
            "The two ministers met yesterday.",
            datetime.date(2024, 5, 3),
        ),
        (
            "OPINION\n\nWhy the grid link matters\n\nBy Lena Holt\n\nSeptember 9, 2022\n\n"
            "The two ministers met on Monday.",
            datetime.date(2022, 9, 9),
        ),
        (
            "MINISTRY OF TRADE\nRepublic of Utopia\n\nNEWS RELEASE\n14th March 2021\n\n"
            "The minister arrived on Tuesday.",
            datetime.date(2021, 3, 14),
        ),
        (
            "Foreign Office\n\nMinister speaks to counterpart\n\n2022-11-02 18:40\n\n"
            "The ministers spoke by telephone today.",
            datetime.date(2022, 11, 2),
        ),
        (
            "# Pacific Briefing \u2014 12 February 2024\n\nA weekly note from our desk.\n\n"
            "The two ministers met on Friday.",
            datetime.date(2024, 2, 12),
        ),
        (
            "Seoul Desk | Politics | 2024.06.11 09:05 (Korea time)\n\nLeaders to meet\n\n"
            "The two presidents will hold talks on Friday.",
            datetime.date(2024, 6, 11),
        ),
        (
            "World news\n\n2021/10/05 16:20\n\nThe envoy arrived on Monday.",
            datetime.date(2021, 10, 5),
        ),
        (
            "8 June 2022, 07:15\n\nLeaders meet\n\nLIMA, June 8. /Andes Wire/. They met today.",
            datetime.date(2022, 6, 8),
        ),
        (
            "Envoys meet\n\nSEOUL, May 2 (Wire) -- The envoys met today.\n\n(END)\n\n"
            "2022/05/02 17:40 KST",
            datetime.date(2022, 5, 2),
        ),
        (
            "Joint press statement\n\n1. The two leaders met today in Lusaka.\n\nLusaka\n"
            "August 2, 2023\n\nRead more: the leaders' remarks",
            datetime.date(2023, 8, 2),
        ),
    ],
)
def test_read_a_date_line_at_the_top_or_the_close_dates_the_story(
    text: str, day: datetime.date
) -> None:
    assert make_document("t", "t", text).date == day


def test_read_a_date_line_below_the_first_paragraph_does_not_date_the_story() -> None:
    body = (
        "The two presidents reviewed the state of their relations and agreed to meet again, "
        "said officials who briefed reporters after the talks in the capital on Friday."
    )
    text = f"Talks in the capital\n\n{body}\n\nMay 5, 2019\n\n{body}\n\n{body}\n\n{body}\n"
    assert make_document("t", "t", text).date is None


def test_read_a_masthead_part_that_is_not_a_date_is_no_stamp() -> None:
    text = "DAILY MAIL | Lagos | Business\n\nPort deal signed on Monday."
    assert make_document("t", "t", text).date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Office of the President\n\nPRESIDENT LANDS IN OSLO\n\nOslo, Monday, 9 March 2026.- "
            "The President arrived this Monday for a visit of three days.",
            datetime.date(2026, 3, 9),
        ),
        (
            "Gulf Agency - English Desk\n\nSultan receives envoy\n\nMuscat, Sunday 3 Shawwal "
            "1444 AH, corresponding to 23 April 2023 (GNA) -- The Sultan received the envoy.",
            datetime.date(2023, 4, 23),
        ),
    ],
)
def test_read_a_dateline_with_a_weekday_or_a_hijri_date_below_an_outlet_and_headline(
    text: str, day: datetime.date
) -> None:
    assert make_document("t", "t", text).date == day


def test_read_a_hijri_date_alone_dates_nothing() -> None:
    text = "Muscat, 3 Shawwal 1444 AH (GNA) -- The Sultan received the envoy on Sunday."
    assert make_document("t", "t", text).date is None


@pytest.mark.parametrize(
    ("stamp", "body", "day"),
    [
        ("15/03/2022 10:00", "Talks were held today.", datetime.date(2022, 3, 15)),
        ("03/15/2022 10:00", "Talks were held today.", datetime.date(2022, 3, 15)),
        (
            "Published on 04/10/2021 at 08:30 - Updated on 05/10/2021 at 09:00",
            "The envoy, who last came in October 2019, arrived today.",
            datetime.date(2021, 10, 4),
        ),
        ("Posted on 04/10/2021 at 08:30", "The envoy arrived today.", None),
        ("04/10/2021", "The envoy, who may return in April or October, left.", None),
    ],
)
def test_read_a_date_in_figures_is_read_day_or_month_first_only_when_that_is_clear(
    stamp: str, body: str, day: datetime.date | None
) -> None:
    text = f"{stamp}\n\nEnvoy visits the capital\n\n{body}"
    assert make_document("t", "t", text).date == day


@pytest.mark.parametrize(
    ("masthead", "day"),
    [
        ("THE HARBOUR TIMES | Reiwa 5 (2023) | Friday, 10 March", datetime.date(2023, 3, 10)),
        ("ISLAND POST | 2021 | 4 July | Sunday Edition", datetime.date(2021, 7, 4)),
        ("THE HARBOUR TIMES | Reiwa 5 (2023) | Monday, 10 March", None),
        ("THE HARBOUR TIMES | No. 2023 | Friday, 10 March", None),
    ],
)
def test_read_a_masthead_year_in_its_own_part_dates_the_story_when_the_weekday_agrees(
    masthead: str, day: datetime.date | None
) -> None:
    text = f"{masthead}\n\nPort deal signed\n\nThe two ministers met yesterday."
    assert make_document("t", "t", text).date == day
