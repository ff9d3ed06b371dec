"""A page's "Last updated:" line and a release's "City, the Country, date" line date the
document, so "on Monday" and "last year" in it are read; without them the page is undated."""

from __future__ import annotations

import datetime

from dkg.loaders.steps.read import heading_lines, make_document


def _date(text: str) -> datetime.date | None:
    return make_document("t", "t", text).date


def test_timestamp_lines_last_updated_line_dates_the_page() -> None:
    text = "Ministry of Foreign Affairs - Relations with Chile\nLast updated: 3 March 2024\n\nBody."
    assert _date(text) == datetime.date(2024, 3, 3)


def test_timestamp_lines_updated_on_line_dates_the_page() -> None:
    assert _date("Country profile\nUpdated on 14 July 2022\n\nText.") == datetime.date(2022, 7, 14)


def test_timestamp_lines_city_and_country_with_the_article_date_a_release() -> None:
    text = "Press release\nEindhoven, the Netherlands, March 5, 2024\n\nWe signed a deal today."
    assert _date(text) == datetime.date(2024, 3, 5)


def test_timestamp_lines_sentence_mentioning_an_update_is_no_date_line() -> None:
    text = "Headline\nThe page was last updated on 3 March 2024 after the talks.\n\nMore text."
    assert _date(text) is None


def test_timestamp_lines_posted_with_a_space_before_the_colon() -> None:
    text = "WORLD > ASIA\nPosted : 2022-09-05 08:10  Updated : 2022-09-05 11:40\n\nHeadline\n\nBody"
    assert _date(text) == datetime.date(2022, 9, 5)


def test_timestamp_lines_time_and_zone_before_the_date() -> None:
    assert _date("Headline\n\n08:40 KST, March 2, 2021\n\nBody.") == datetime.date(2021, 3, 2)
    assert _date("Headline\n\n4:05 PM ET, Tue June 4, 2024\n\nBody.") == datetime.date(2024, 6, 4)


def test_timestamp_lines_a_clock_time_alone_dates_nothing() -> None:
    assert _date("Headline\n\n19:15 JST\n\nThe talks began at 10:30 on Monday.") is None


def test_timestamp_lines_a_broadcast_line_dates_a_transcript() -> None:
    text = "MORNING REPORT - transcript\nBroadcast: Friday 3 March 2023, 07:00 (Suva time)\n\nText"
    assert _date(text) == datetime.date(2023, 3, 3)


def test_timestamp_lines_a_features_standfirst_above_its_byline_is_no_paragraph() -> None:
    standfirst = (
        "Squeezed between two giants, the steppe democracy is looking for friends further "
        "afield. A European leader's brief stop was about uranium, rare earths and, above all, "
        "the symbolism of being seen together."
    )
    lines = ["Why the steppe rolled out the carpet", standfirst, "By Ana Ruiz", "27 May 2023"]
    assert heading_lines(lines) == ["Why the steppe rolled out the carpet", "27 May 2023"]
    assert heading_lines([standfirst, "27 May 2023"]) == [standfirst, "27 May 2023"]
