"""A visit's own span written after its cue ("during his official visit to France from 10 to 12
March") is its first day, not the day of talks told before the cue in the same sentence."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2024, 3, 12)


def test_visit_cue_days_own_span_after_the_cue_wins_over_the_talks_day() -> None:
    text = (
        "Prime Minister Ana Ruiz of Peru held talks with Chancellor Olaf Scholz in Berlin on "
        "11 March 2024, during her official visit to Germany from 10 to 12 March 2024."
    )
    assert dated_visits(read(text, FILED)) == {("Ana Ruiz", "DE", "2024-03-10")}


def test_visit_cue_days_a_single_day_after_the_cue_is_still_the_nearest() -> None:
    text = (
        "Prime Minister Ana Ruiz of Peru held talks with Chancellor Olaf Scholz in Berlin on "
        "11 March 2024, during her official visit to Germany."
    )
    assert dated_visits(read(text, FILED)) == {("Ana Ruiz", "DE", "2024-03-11")}
