"""A page stamps itself in figures joined by hyphens ("Published: 07-03-2023 14:32"), while its
dateline gives no year ("Tokyo, March 7 /Agency/ -"): the stamp dates the story once it is
certain which figure is the month."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

_STORY = (
    "President Daniel Noboa of Ecuador arrived on {arrival} for a state visit to Peru and "
    "held talks with President Dina Boluarte."
)


@pytest.mark.parametrize(
    ("stamp", "dateline", "day"),
    [
        # A figure above 12 can only be the day.
        ("Published: 14-05-2022 09:10 | Updated: 14-05-2022 11:00", "Lima, May 14 (Wire) -",
         datetime.date(2022, 5, 14)),
        # Both figures could be the month: the dateline's own day and month say which.
        ("Published: 05-04-2022 09:10", "Lima, April 5 /Wire/ -", datetime.date(2022, 4, 5)),
        ("Posted: 04-05-2022 18:45", "LIMA, APRIL 5 (Wire) -", datetime.date(2022, 4, 5)),
        # ... even when the story names both months ("since May", further down).
        ("Published: 05-04-2022 09:10", "Lima, April 5 (Wire) - Talks planned since May:",
         datetime.date(2022, 4, 5)),
    ],
)  # fmt: skip
def test_timestamp_lines_a_hyphenated_stamp_dates_the_story(
    stamp: str, dateline: str, day: datetime.date
) -> None:
    text = f"Noboa in Lima\n{stamp}\n\n{dateline} {_STORY.format(arrival='Tuesday')}\n"
    assert read(text).date == day


def test_timestamp_lines_a_hyphenated_stamp_places_the_weekdays_of_the_story() -> None:
    text = (
        "Noboa in Lima\nPublished: 07-03-2023 14:32 | Updated: 07-03-2023 16:05\n\n"
        f"Lima, March 7 /Wire/ - {_STORY.format(arrival='Thursday')}\n"
    )
    assert dated_visits(read(text)) == {("Daniel Noboa", "PE", "2023-03-02")}


@pytest.mark.parametrize(
    "text",
    [
        # Both readings are days and nothing in the story tells them apart.
        "Noboa in Lima\nPublished: 05-04-2022 09:10\n\nThe two presidents met on Tuesday.\n",
        # The dateline's day agrees with neither reading, and the story names both months.
        "Noboa in Lima\nPublished: 05-04-2022 09:10\n\nLima, June 9 (Wire) - The presidents "
        "recalled their talks of April and May.\n",
        # Figures that are no stamp: a reference number in the story's first line.
        "Noboa in Lima\nFile 05-04-2022 of the registry\n\nThe two presidents met on Tuesday.\n",
    ],
)
def test_timestamp_lines_a_doubtful_hyphenated_date_dates_nothing(text: str) -> None:
    assert read(text).date is None
