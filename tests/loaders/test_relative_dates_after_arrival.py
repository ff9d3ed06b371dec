"""Talks dated by a count of days after the arrival the story just told ("a day after he
arrived", "two days after landing") or "on the eve of" the visit take that day, not the filing
day or the arrival's own."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, dated_visits, read

FILED = datetime.date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Prime Minister Lars Holm of Denmark arrived in Santiago on 16 June. A day after he"
            " arrived, Holm held talks with President Gabriel Boric of Chile.",
            "2025-06-17",
        ),
        (
            "Foreign Minister Mele Tupou of Tonga landed in Wellington on 14 June. Two days after"
            " landing, Tupou met Prime Minister Chris Luxon of New Zealand.",
            "2025-06-16",
        ),
        (
            "President Rosa Vidal of Uruguay flew into Madrid on 15 June. Three days after her"
            " arrival, Vidal sat down with Prime Minister Pedro Sanchez of Spain.",
            "2025-06-18",
        ),
        (
            "Chancellor Karl Brenner of Austria began a state visit to Japan on 18 June. On the"
            " eve of the visit, Brenner spoke by phone with Prime Minister Shigeru Ishiba of"
            " Japan.",
            "2025-06-17",
        ),
    ],
)
def test_relative_dates_after_arrival_date_the_talks(text: str, day: str) -> None:
    assert [d for _, d in dated_meetings(read(text, FILED))] == [day]


def test_relative_dates_after_arrival_keep_the_visit_on_its_first_day() -> None:
    text = (
        "Chancellor Karl Brenner of Austria arrived in Tokyo on 18 June for a state visit to"
        " Japan. A day after he arrived, Brenner met Prime Minister Shigeru Ishiba of Japan."
    )
    assert ("Karl Brenner", "JP", "2025-06-18") in dated_visits(read(text, FILED))


@pytest.mark.parametrize(
    "text",
    [
        # counted from another event, whose day the story has not told
        "Prime Minister Lars Holm of Denmark arrived in Santiago on 16 June. A day after the"
        " vote in Congress, Holm held talks with President Gabriel Boric of Chile.",
        "Prime Minister Lars Holm of Denmark arrived in Santiago on 16 June. On the eve of the"
        " election, Holm held talks with President Gabriel Boric of Chile.",
    ],
)
def test_relative_dates_after_arrival_only_after_an_arrival_or_visit(text: str) -> None:
    days = [d for _, d in dated_meetings(read(text, FILED))]
    assert "2025-06-17" not in days
    assert "2025-06-15" not in days


def test_relative_dates_after_arrival_eve_is_no_visit_day() -> None:
    """Counter-example: a remark made on the eve of a visit does not date the visit."""
    text = (
        "MADRID, 20 June 2025 - President Rosa Vidal of Uruguay is in Madrid today. Her spokesman"
        " said on the eve of the visit that it was her first state visit to Spain."
    )
    assert ("Rosa Vidal", "ES", "2025-06-19") not in dated_visits(read(text))
