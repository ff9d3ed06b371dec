"""A plan stays a plan when an adverb sits between its auxiliary and the rest ("is still
scheduled to visit", "was then to fly on"): such a trip is announced, not made (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2023, 9, 12)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Despite the storm, President Andrzej Duda is still scheduled to visit Brazil from"
            " October 3 to October 6, his chancellery said.",
            "announced",
        ),
        (
            "Chancellor Karl Nehammer is now expected to travel to Slovakia, aides said.",
            "announced",
        ),
        (
            "Prime Minister Sheikh Hasina was originally due to fly to Nepal, officials said.",
            "announced",
        ),
        # Not a plan: the adverb comes with a trip that was made or a stay under way.
        ("President Andrzej Duda was still in Brazil on Monday after a visit.", "happened"),
        ("Prime Minister Petr Fiala then visited Ghana, diplomats said.", "happened"),
        (
            "Prime Minister Sheikh Hasina is now visiting Nepal, where she met Prime Minister"
            " Pushpa Kamal Dahal.",
            "happened",
        ),
    ],
)
def test_visit_status_adverbs_keep_a_plan(text: str, status: str) -> None:
    assert [r.status for r in visit_rows(text, FILED)] == [status]


def test_visit_status_adverbs_also_adds_to_a_visit_under_way() -> None:
    text = (
        "Prime Minister Petr Fiala arrived in Ghana on Monday. Fiala is also scheduled to tour"
        " a cocoa plant in Kumasi before flying home."
    )
    assert [(r.host_country, r.status) for r in visit_rows(text, FILED)] == [("GH", "happened")]


def test_visit_status_adverbs_next_leg_is_planned() -> None:
    text = (
        "King Harald of Norway arrived in Tanzania on Monday for a state visit. He was then to"
        " fly on to Zambia."
    )
    rows = {(r.host_country, r.status) for r in visit_rows(text, FILED)}
    assert rows == {("TZ", "happened"), ("ZM", "announced")}
