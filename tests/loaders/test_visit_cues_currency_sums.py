"""A sum that "reached US$ 300 million" is no arrival in the United States: a currency's sign
or code is not the place a cue "reached" names."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 2, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Nepalese Prime Minister Pushpa Kamal Dahal arrived in Dhaka on Monday on his first"
        " visit since trade reached US$ 900 million.",
        "Nepalese Prime Minister Pushpa Kamal Dahal arrived in Dhaka on Monday on his first"
        " visit since remittances reached A$ 40 million.",
        "Nepalese Prime Minister Pushpa Kamal Dahal arrived in Dhaka on Monday on his first"
        " visit since investment reached GBP 25 million.",
    ],
)
def test_visit_cues_currency_sums_reach_no_country(text: str) -> None:
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country) for r in rows} == {("Pushpa Kamal Dahal", "BD")}


def test_visit_cues_currency_sums_leave_places_reached() -> None:
    text = "Nepalese Prime Minister Pushpa Kamal Dahal reached Dhaka on Monday evening."
    rows = visit_rows(text, FILED)
    assert [(r.visitor, r.host_country, r.start) for r in rows] == [
        ("Pushpa Kamal Dahal", "BD", "2024-02-05")
    ]
