"""A title that closes with the days of the event it names ("STATE VISIT TO GHANA, 10 - 13
MARCH 2024") does not date the release; the date that signs it off does. A digest's title that
closes with its own date after a dash still dates it."""

from __future__ import annotations

import datetime

from dkg.loaders.steps.read import make_document


def _date(text: str) -> datetime.date | None:
    return make_document("t", "t", text).date


def test_timestamp_lines_title_ranges_a_range_of_days_is_the_events() -> None:
    text = (
        "PRESS RELEASE\n"
        "STATE VISIT OF THE PRESIDENT OF CHILE TO GHANA, 10 - 13 MARCH 2024\n\n"
        "The President of Chile will pay a state visit to Ghana from 10 to 13 March 2024.\n\n"
        "MINISTRY OF FOREIGN AFFAIRS\nACCRA\n4 March 2024\n"
    )
    assert _date(text) == datetime.date(2024, 3, 4)


def test_timestamp_lines_title_ranges_a_date_after_a_title_dash_dates_the_digest() -> None:
    text = "The Week in Diplomacy - 6 November 2023\n\nMinisters met in Lima on Monday.\n"
    assert _date(text) == datetime.date(2023, 11, 6)
