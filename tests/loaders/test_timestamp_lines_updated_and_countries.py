"""A page's "Last updated:" line and a release's "City, the Country, date" line date the
document, so "on Monday" and "last year" in it are read; without them the page is undated."""

from __future__ import annotations

import datetime

from dkg.loaders.steps.read import make_document


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
