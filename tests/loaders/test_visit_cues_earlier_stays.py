"""An earlier "stay" in a city the story recalls ("his previous stay in Lima on 3 March") is a
trip of its own, with its own day, not the visit under way."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 11, 20)


def test_visit_cues_earlier_stays_are_visits_of_their_own() -> None:
    text = (
        "Chilean President Gabriel Boric arrived in Quito on Tuesday for a state visit. He"
        " recalled his previous stay in Quito on 12 April this year."
    )
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country, r.start) for r in rows} == {
        ("Gabriel Boric", "EC", "2024-11-19"),
        ("Gabriel Boric", "EC", "2024-04-12"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # The stay under way is the visit already told, not another one.
        "Chilean President Gabriel Boric arrived in Quito on Tuesday for a state visit. During"
        " his stay in Quito he will open a trade fair.",
        # A stay in office is no trip.
        "Chilean President Gabriel Boric arrived in Quito on Tuesday for a state visit. His"
        " previous stay in office ended in 2022.",
        # A stay in the visitor's own capital is no visit abroad.
        "Chilean President Gabriel Boric arrived in Quito on Tuesday for a state visit. He"
        " recalled his last stay in Santiago with the Ecuadorian president.",
    ],
)
def test_visit_cues_earlier_stays_other_stays_add_no_visit(text: str) -> None:
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country, r.start) for r in rows} == {
        ("Gabriel Boric", "EC", "2024-11-19")
    }
