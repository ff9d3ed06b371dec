"""A trip told for "later this month" to attend an event whose days the same clause gives ("to
attend a special meeting of the forum in Doha on 28-29 October") is on the event's first day:
the month says when, the event's days say which day. With no such day, or with the days of
another event the trip follows, the month stays."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

_FILED = datetime.date(2023, 10, 9)
_LEAD = "MUSCAT, 9 October 2023. Greek Foreign Minister Nikos Pappas arrived in Muscat on Monday. "


def _returns(sentence: str) -> set[str | None]:
    return {
        start for name, host, start in dated_visits(read(_LEAD + sentence, _FILED)) if host == "QA"
    }


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Pappas is expected to travel to Qatar later this month to attend a special meeting "
            "of the forum in Doha on October 28-29.",
            "2023-10-28",
        ),
        (
            "Pappas will travel to Qatar later this month for the energy conference in Doha on "
            "October 24.",
            "2023-10-24",
        ),
        (
            "Pappas is expected to travel to Qatar later this month to attend a special meeting "
            "of the forum in Doha.",
            "2023-10",
        ),
        (
            "Pappas is expected to travel to Qatar later this month, after the summit of the "
            "forum in Doha on October 12.",
            "2023-10",
        ),
    ],
)
def test_visit_cue_days_event_day_within_the_month_dates_the_trip(
    sentence: str, start: str
) -> None:
    assert _returns(sentence) == {start}
