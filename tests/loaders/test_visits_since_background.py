"""A "since" year is background: "his first visit since 2009" tells when he came before, and
never becomes the date, or takes the place, of the visit the text reports."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (r.visitor or "", r.host_country, r.start, r.status)
        for r in visit_rows(text, datetime.date(2025, 9, 8))
    }


@pytest.mark.parametrize(
    ("text", "current"),
    [
        (
            "Indonesian President Budi Santoso will visit Portugal, his first visit to the "
            "country since 2009.",
            ("Budi Santoso", "PT", None, "announced"),
        ),
        (
            "Indonesian President Budi Santoso visited Portugal, the first such visit since 2009.",
            ("Budi Santoso", "PT", None, "happened"),
        ),
        (
            "Indonesian President Budi Santoso arrived in Lisbon today, his first trip to "
            "Portugal since 2009.",
            ("Budi Santoso", "PT", "2025-09-08", "happened"),
        ),
    ],
)
def test_visits_since_background_year_is_not_the_visit_date(
    text: str, current: tuple[str, str, str | None, str]
) -> None:
    visits = _visits(text)
    assert current in visits
    assert all(start in (current[2], "2009") for _, _, start, _ in visits)


def test_visits_since_background_named_predecessor_replaces_his_undated_visit() -> None:
    text = (
        "Indonesian President Budi Santoso arrived in Lisbon today, the first visit of an "
        "Indonesian president to Portugal since that of Joko Wirawan in May 2009."
    )
    assert _visits(text) == {
        ("Budi Santoso", "PT", "2025-09-08", "happened"),
        ("Joko Wirawan", "PT", "2009-05", "happened"),
    }


@pytest.mark.parametrize("noun", ["the visit of", "the state visit of", "the trip by"])
def test_visits_since_background_the_visit_of_an_untitled_predecessor_is_his(noun: str) -> None:
    text = (
        "Indonesian President Budi Santoso arrived in Portugal today for a state visit, the first "
        f"by an Indonesian Head of State since {noun} Joko Wirawan in May 2009."
    )
    assert _visits(text) == {
        ("Budi Santoso", "PT", "2025-09-08", "happened"),
        ("Joko Wirawan", "PT", "2009-05", "happened"),
    }


def test_visits_since_background_the_visit_of_a_year_stays_the_visitors_own() -> None:
    """Counter-example: no one named after "since the visit of": the earlier trip is his."""
    text = (
        "Indonesian President Budi Santoso arrived in Portugal today, his first visit since the "
        "visit of 2009."
    )
    visits = _visits(text)
    assert ("Budi Santoso", "PT", "2025-09-08", "happened") in visits
    assert all(visitor == "Budi Santoso" for visitor, _, _, _ in visits)
