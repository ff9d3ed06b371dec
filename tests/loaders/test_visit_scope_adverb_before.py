"""'Before' as an adverb ("had visited Lima before, in November 2016") leaves the date to the
visit; 'before' as a preposition ("before the summit on 3 May") still gives it to another event."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 3, 9)
TOLD = "Prime Minister Ana Kovac of Croatia is on a state visit to Chile. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Kovac had visited Santiago before, in May 2019, for a forum.",
        "Prime Minister Kovac had visited Santiago before as foreign minister, in May 2019.",
    ],
)
def test_visit_scope_adverb_before_keeps_the_earlier_visits_date(sentence: str) -> None:
    assert ("Ana Kovac", "CL", "2019-05") in dated_visits(read(TOLD + sentence, FILED))


def test_visit_scope_before_an_event_is_that_events_date() -> None:
    text = "Prime Minister Ana Kovac of Croatia will visit Chile before the forum on 3 May 2026."
    assert dated_visits(read(text, FILED)) == {("Ana Kovac", "CL", None)}
