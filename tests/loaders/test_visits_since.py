"""'The first visit ... since DATE' tells of an earlier visit on that date."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (r.visitor or "", r.host_country, r.start, r.status)
        for r in visit_rows(text, datetime.date(2025, 4, 2))
    }


@pytest.mark.parametrize(
    ("second", "earlier"),
    [
        ("It was his first visit to Portugal since 2017.", "2017"),
        ("The trip was the President's first to Portugal since May 2019.", "2019-05"),
        ("It is his first trip to the country since 2021, officials said.", "2021"),
    ],
)
def test_visits_since_the_visitor_came_before(second: str, earlier: str) -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon today on a state visit "
        f"to Portugal. {second}"
    )
    assert _visits(text) == {
        ("Luiz Inácio Lula da Silva", "PT", "2025-04-02", "happened"),
        ("Luiz Inácio Lula da Silva", "PT", earlier, "happened"),
    }


def test_visits_since_that_of_a_named_predecessor() -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon today on a state visit "
        "to Portugal, the first state visit of a Brazilian president to Portugal since that of "
        "Fernando Henrique Cardoso in April 2000."
    )
    assert ("Fernando Henrique Cardoso", "PT", "2000-04", "happened") in _visits(text)


def test_visits_since_an_unnamed_predecessor_is_no_visit() -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon today on a state visit "
        "to Portugal, the first visit by a Brazilian president since 2016."
    )
    assert _visits(text) == {("Luiz Inácio Lula da Silva", "PT", "2025-04-02", "happened")}


def test_visits_since_a_predecessor_s_trip_told_by_a_clause_is_not_the_visitor_s() -> None:
    """ "since Dilma Rousseff attended the summit in 2013": Rousseff's trip, whom no title
    names, is not Lula's (he is the sentence's subject, not the subject of "attended")."""
    text = (
        "Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon today on a state visit "
        "to Portugal.\n\nLula noted that this was the first visit to Lisbon by a Brazilian "
        "president since Dilma Rousseff attended the Ibero-American summit in November 2013."
    )
    assert ("Luiz Inácio Lula da Silva", "PT", "2013-11", "happened") not in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Olaf Scholz, on his first trip abroad since taking office in December, "
        "arrived in Paris for talks.",
        "On his fourth trip to France since taking office in 2021, Chancellor Olaf Scholz "
        "visited Lyon.",
        "Chancellor Olaf Scholz, on his second trip to France since his election in March, "
        "arrived in Paris for talks.",
    ],
)
def test_visits_since_taking_office_dates_no_trip(text: str) -> None:
    rows = visit_rows(text, datetime.date(2024, 9, 5))
    assert [(r.host_country, r.start) for r in rows] == [("FR", None)]


def test_visits_since_a_day_before_the_cue_is_still_the_trip_s() -> None:
    # Near miss: a date before the cue outside any "since" phrase dates the trip.
    rows = visit_rows(
        "On Monday, Chancellor Olaf Scholz, on his first trip abroad since taking office, "
        "arrived in Paris for talks.",
        datetime.date(2024, 9, 5),
    )
    assert [(r.host_country, r.start) for r in rows] == [("FR", "2024-09-02")]


def test_visits_since_an_arrival_is_the_trip_s_own_day() -> None:
    # Near miss: "since his arrival on Monday" is the trip's first day, no office taken.
    rows = visit_rows(
        "Since his arrival on Monday, Chancellor Olaf Scholz has visited Lyon and Marseille.",
        datetime.date(2024, 9, 5),
    )
    assert [(r.host_country, r.start) for r in rows] == [("FR", "2024-09-02")]
