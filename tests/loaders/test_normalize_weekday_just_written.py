"""A bare past weekday that names the weekday of a day the story has just written out ("landed
on Friday, 22 March ... On Friday afternoon") is that day, not the same weekday of the filing
week; other weekdays, older days and plans still count from the filing day."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

SATURDAY = datetime.date(2024, 3, 30)


def _days(text: str, filed: datetime.date = SATURDAY) -> list[str]:
    document = read(text, filed)
    return [m.start.lexical for m in document.dates]


def test_normalize_weekday_just_written_dates_the_later_talks() -> None:
    text = (
        "Prime Minister Tom Reid of Australia landed in Japan on Friday, 22 March, for a "
        "three-day visit. On Friday afternoon Reid held talks with Prime Minister Kenji Mori."
    )
    assert dated_meetings(read(text, SATURDAY)) == [(["Kenji Mori", "Tom Reid"], "2024-03-22")]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # the same weekday again is the day just written
        (
            "The envoys arrived on Wednesday 20 March. They spoke on Wednesday evening.",
            "2024-03-20",
        ),
        # another weekday still counts back from the filing day
        ("The envoys arrived on Wednesday 20 March. They spoke on Thursday.", "2024-03-28"),
        # a day written more than two weeks before the filing day sets no week
        ("The envoys arrived on Wednesday 6 March. They spoke on Wednesday.", "2024-03-27"),
        # a weekday still to come is not the past day just written
        ("The envoys arrived on Friday 22 March. They will speak on Friday.", "2024-04-05"),
    ],
)
def test_normalize_weekday_just_written_only_for_the_same_past_weekday(
    text: str, last: str
) -> None:
    assert _days(text)[-1] == last
