"""A visitor "retracing the steps of" an untitled predecessor: the earlier trip the relative
clause tells is the predecessor's, not the visitor's own."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 9, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Belgian Prime Minister Alexander De Croo arrived in Kinshasa on Monday, retracing the"
        " steps of Wilfried Martens, who made the first visit by a Belgian premier to the"
        " Republic in 1986.",
        "Belgian Prime Minister Alexander De Croo arrived in Kinshasa on Monday, following in"
        " the footsteps of Wilfried Martens, who paid a state visit to the Republic in 1986.",
    ],
)
def test_predecessor_names_footsteps_give_the_earlier_trip_its_visitor(text: str) -> None:
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country, r.start) for r in rows} == {
        ("Alexander De Croo", "CD", "2024-09-16"),
        ("Wilfried Martens", "CD", "1986"),
    }


def test_predecessor_names_footsteps_of_a_place_name_no_one() -> None:
    text = (
        "Belgian Prime Minister Alexander De Croo arrived in Kinshasa on Monday, retracing the"
        " steps of the Congo River expedition."
    )
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country) for r in rows} == {("Alexander De Croo", "CD")}
