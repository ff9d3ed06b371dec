"""Talks told in a "when" clause of a past visit ("X, who visited Madrid in May, when he was
received by Y, ...") take the visit's date, also when a relative clause holds it: undated, they
were merged into the same two people's talks of the story's own day and lost."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 10, 16)
_TODAY = (
    "ROME, 16 October 2025 - Italian Prime Minister Giorgia Meloni received Ghanaian President "
    "John Mahama at Palazzo Chigi on Thursday. "
)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Meloni, who had visited Accra in February, when she was received by Mahama, "
            "thanked her guest.",
            "2025-02",
        ),
        (
            "Mahama, who came to Rome on 4 June 2024, when he held talks with Meloni, said "
            "ties had grown since.",
            "2024-06-04",
        ),
    ],
)
def test_meetings_when_clauses_take_the_visit_date(sentence: str, day: str) -> None:
    assert dated_meetings(read(_TODAY + sentence, FILED)) == [
        (["Giorgia Meloni", "John Mahama"], "2025-10-16"),
        (["Giorgia Meloni", "John Mahama"], day),
    ]


def test_meetings_when_clauses_leave_a_remark_on_the_day_alone() -> None:
    """Counter-example: a "when" clause that only tells when words were said ("said on
    Thursday, when asked about his talks with X") names no talks of another day."""
    document = read(
        _TODAY + "Mahama said on Thursday, when asked about his talks with Meloni, that trade "
        "was growing.",
        FILED,
    )
    assert dated_meetings(document) == [(["Giorgia Meloni", "John Mahama"], "2025-10-16")]
