"""An official record is dated by the date that closes its title."""

from __future__ import annotations

import datetime

from dkg.loaders.steps.record_titles import record_title_date
from tests.loaders.reading import read


def test_record_titles_date_a_briefing_and_its_weekdays() -> None:
    text = (
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 8, 2024\n\n"
        "Q: On Tuesday, Foreign Minister Wang Yi spoke with Foreign Minister Penny Wong "
        "over the phone. Can you share more?\n\n"
        "A: The two ministers agreed to keep in close communication.\n"
    )
    document = read(text)
    assert document.date == datetime.date(2024, 3, 8)
    assert [m.date.lexical for m in document.meetings if m.date] == ["2024-03-05"]


def test_record_titles_read_comma_dash_and_day_first_forms() -> None:
    assert record_title_date(["Remarks by the Secretary at a Press Availability, 5 July 2024"]) == (
        datetime.date(2024, 7, 5)
    )
    assert record_title_date(["Statement by the Minister \u2013 Tuesday, 3 September 2024"]) == (
        datetime.date(2024, 9, 3)
    )


def test_record_titles_leave_a_headline_about_a_future_event_alone() -> None:
    # The date of a trip a headline announces is not the day the story was written.
    assert record_title_date(["Chancellor to visit Ankara on October 19, 2024"]) is None
    # A record named further down the page is no title.
    lines = ["Ministry of Foreign Affairs", "News", "Latest", "Press briefing on May 2, 2024"]
    assert record_title_date(lines) is None
