"""A trip told from home ("left Dhaka on 4 May by special flight and arrived at Narita Airport
in Tokyo on 5 May") starts on the day of the arrival: the day of leaving home is no day of the
visit. A sentence whose only day is the departure's keeps it, as does an arrival told first."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2025, 6, 9)


def _trips(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(r.visitor, r.host_country, r.start) for r in visit_rows(text, FILED)]


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President John Mahama left Accra on 4 June by special flight and arrived at "
        "Narita Airport in Tokyo on 5 June.",
        "Ghanaian President John Mahama departed Accra on 4 June aboard a special flight and "
        "landed at Haneda Airport in Tokyo on 5 June.",
        "Ghanaian President John Mahama arrived in Tokyo on 5 June, after he left Accra on 4 June.",
    ],
)
def test_visit_cue_days_the_arrival_day_starts_the_visit_not_the_departure(text: str) -> None:
    assert _trips(text) == [("John Mahama", "JP", "2025-06-05")]


def test_visit_cue_days_a_departure_day_alone_still_dates_the_arrival() -> None:
    """Counter-example: no day of the arrival is told, so the one told is kept."""
    text = (
        "Ghanaian President John Mahama left Accra on 4 June and arrived in Tokyo the same evening."
    )
    assert _trips(text) == [("John Mahama", "JP", "2025-06-04")]
