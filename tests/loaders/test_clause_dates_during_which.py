"""Talks told in a "during which" clause of a trip with its own dates take the clause's day,
not the trip's first: "his trip to the Kingdom from 6 to 8 April, during which he met X on 7
April" is 7 April. Without a day of their own the talks keep the trip's."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

_FILED = datetime.date(2024, 9, 20)
_LEAD = "OSLO, 20 September 2024. Chilean Foreign Minister Mateo Rojas arrived in Oslo on Friday. "


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "The visit follows Rojas's own trip to Sweden from September 9 to 11, during which "
            "he met Prime Minister Erik Lund in Stockholm on September 10.",
            "2024-09-10",
        ),
        (
            "The visit follows Rojas's own trip to Sweden from September 9 to 11, in the course "
            "of which he held talks with Prime Minister Erik Lund on September 10.",
            "2024-09-10",
        ),
        (
            "The visit follows Rojas's own trip to Sweden from September 9 to 11, during which "
            "he met Prime Minister Erik Lund in Stockholm.",
            "2024-09-09",
        ),
    ],
)
def test_clause_dates_during_which_talks_take_their_own_day(sentence: str, day: str) -> None:
    assert dated_meetings(read(_LEAD + sentence, _FILED)) == [(["Erik Lund", "Mateo Rojas"], day)]
