"""A time of the day after 'after' or 'before' ("landed shortly after midday on 16 May") leaves
the date to the visit; 'after' or 'before' an event ("after talks in Lima on 16 May") still
gives the date to that event."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 5, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Gabriel Boric of Chile landed at Quito airport shortly after midday on 16 May.",
        "President Gabriel Boric of Chile landed in Quito just before 10 p.m. on 16 May.",
        "President Gabriel Boric of Chile arrived in Quito soon after dawn on 16 May.",
    ],
)
def test_visit_scope_clock_time_keeps_the_visits_date(sentence: str) -> None:
    assert dated_visits(read(sentence, FILED)) == {("Gabriel Boric", "EC", "2025-05-16")}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Gabriel Boric of Chile arrived in Quito after talks in Lima on 16 May.",
        "President Gabriel Boric of Chile arrived in Quito before the vote on 16 May.",
        "President Gabriel Boric of Chile arrived in Quito after midday, a day before the "
        "elections on 16 May.",
    ],
)
def test_visit_scope_after_an_event_is_still_that_events_date(sentence: str) -> None:
    assert dated_visits(read(sentence, FILED)) == {("Gabriel Boric", "EC", None)}
