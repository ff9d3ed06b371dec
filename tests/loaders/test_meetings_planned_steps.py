"""Talks still to come on a day the sentence states, told during a visit under way ("On
Friday she will hold talks with X"), are a meeting of that day: the programme of the trip the
story reports. Talks still to come on a trip not yet begun, or on no stated day, are not."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 9, 3)
_ARRIVED = (
    "NAIROBI, 3 September 2025 - Danish Prime Minister Mette Frederiksen arrived in Nairobi "
    "on Wednesday for a three-day official visit to Kenya. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday she will hold talks with President William Ruto at State House.",
        "On Friday the Prime Minister will tour a flower farm and meet President William Ruto.",
    ],
)
def test_meetings_planned_steps_of_a_visit_under_way(sentence: str) -> None:
    assert dated_meetings(read(_ARRIVED + sentence, FILED)) == [
        (["Mette Frederiksen", "William Ruto"], "2025-09-05")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # The trip has not begun.
        "NAIROBI, 3 September 2025 - Danish Prime Minister Mette Frederiksen will visit Kenya "
        "later this month. On 24 September she will meet President William Ruto.",
        # No day of its own: a plan, not a step of the programme.
        _ARRIVED + "She will meet President William Ruto before she leaves.",
        # Only wished for.
        _ARRIVED + "She hopes to meet President William Ruto on Friday.",
    ],
)
def test_meetings_planned_steps_need_a_day_and_a_visit_under_way(text: str) -> None:
    """Counter-examples: talks to come outside a visit under way, or on no stated day."""
    assert dated_meetings(read(text, FILED)) == []
