"""Portals stamp a story "14.03.2019 [09:12]" or label it "Published at : March 4, 2021", with a
space before the colon; without that date a dateline with no year leaves every visit undated."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("22.06.2018 [17:40]", datetime.date(2018, 6, 22)),
        ("09.10.2020 [08:05 GMT]", datetime.date(2020, 10, 9)),
        ("Published at : October 9, 2020", datetime.date(2020, 10, 9)),
        ("Posted at: 9 October 2020 [08:05]", datetime.date(2020, 10, 9)),
        ("Posted on : October 9, 2020", datetime.date(2020, 10, 9)),
        ("Date : 9 October 2020", datetime.date(2020, 10, 9)),
        ("Updated : October 9, 2020 08:05", datetime.date(2020, 10, 9)),
    ],
)
def test_timestamp_lines_a_bracketed_clock_or_spaced_label_dates_the_story(
    stamp: str, day: datetime.date
) -> None:
    text = (
        f"Ghana's leader in Ankara\n{stamp}\n\n"
        "Ghanaian President Nana Akufo-Addo arrived in Turkey on Wednesday for an official "
        "visit in October."
    )
    assert read(text).date == day


def test_timestamp_lines_a_bracketed_stamp_dates_the_visits_below_it() -> None:
    text = (
        "Peruvian minister in Rabat\n22.06.2018 [17:40]\n\n"
        "Peruvian Foreign Minister Nestor Popolizio arrived in Morocco on Wednesday "
        "for a working visit in June."
    )
    assert dated_visits(read(text)) == {("Nestor Popolizio", "MA", "2018-06-20")}


def test_timestamp_lines_the_first_stamp_wins_over_a_later_update() -> None:
    stamped = "Talks in Oslo\n22.06.2018 [17:40] | Updated : 25.06.2018 [09:00]\n\nIn June."
    labelled = "Talks in Oslo\nPublished at : June 22, 2018\nUpdated : June 25, 2018\n\nIn June."
    assert read(stamped).date == datetime.date(2018, 6, 22)
    assert read(labelled).date == datetime.date(2018, 6, 22)


def test_timestamp_lines_a_bracketed_date_in_the_story_is_not_its_date() -> None:
    text = (
        "Talks in Oslo\nBy our reporter\n\n"
        "The two sides last met on 22.06.2018 [17:40] in Bergen, the ministry said.\n\n"
        "Published at the ministry's request: June 22, 2018 was the day of the last round."
    )
    assert read(text).date is None
