"""A day told by its number alone ("On the 4th") lies in the month of the day or range the story
just told that holds it ("on 4 and 5 March"), not in the month the story was filed in; a
number no told range holds still lies in the filing month."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

NOVEMBER = datetime.date(2024, 11, 20)


def _days(text: str) -> list[str]:
    document = read(text, NOVEMBER)
    return [m.start.lexical for m in document.dates]


def test_day_numbers_told_ranges_date_the_meeting_in_the_visit_month() -> None:
    text = (
        "Prime Minister Tom Reid of Australia visited Japan on 4 and 5 March. On the 4th, "
        "Reid met Prime Minister Kenji Mori in Tokyo."
    )
    assert dated_meetings(read(text, NOVEMBER)) == [(["Kenji Mori", "Tom Reid"], "2024-03-04")]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "The envoy toured Ghana from 9 to 14 June. On the 12th she spoke in Kumasi.",
            "2024-06-12",
        ),
        ("The envoy was in Peru on 4 March. On the 4th they met in Lima.", "2024-03-04"),
        # a day the told range does not hold keeps the filing month
        (
            "The envoy toured Ghana from 9 to 14 June. On the 18th she spoke in Kumasi.",
            "2024-11-18",
        ),
        # a founding date the story recalls is no range of its own story
        ("Ties date from 26 March. On the 9th she spoke in Kumasi.", "2024-11-09"),
    ],
)
def test_day_numbers_told_ranges_hold_the_numbered_day(text: str, last: str) -> None:
    assert _days(text)[-1] == last


def test_day_numbers_told_ranges_leave_a_floor_alone() -> None:
    assert _days("The envoy toured Ghana from 9 to 14 June. On the 4th floor they met.") == [
        "2024-06-09"
    ]
