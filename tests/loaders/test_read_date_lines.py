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
            "Seoul Desk | Politics | 2024.06.11 09:05 (Korea time)\n\nLeaders to meet\n\n"
            "The two presidents will hold talks on Friday.",
            datetime.date(2024, 6, 11),
        ),
        (
            "World news\n\n2021/10/05 16:20\n\nThe envoy arrived on Monday.",
            datetime.date(2021, 10, 5),
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
