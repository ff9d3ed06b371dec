"""A visit told by the time spent in a country: "spent two days in Vietnam"."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _hosts(text: str) -> list[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 5, 20)))
    return [v.host_country for v in document.visits]


@pytest.mark.parametrize(
    "text",
    [
        "President Gabriel Boric spent three days in Spain last week.",
        "Prime Minister Mark Rutte spends the weekend in Portugal before the summit.",
    ],
)
def test_visits_spent_and_begun_in_a_country_is_a_visit(text: str) -> None:
    assert len(_hosts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "President Gabriel Boric said Chile spent three billion dollars in Spain.",
        "Prime Minister Mark Rutte spent years in opposition.",
    ],
)
def test_visits_spent_and_begun_needs_a_span_of_days(text: str) -> None:
    assert _hosts(text) == []
