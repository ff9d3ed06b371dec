"""A predecessor named without a title who "became the first <role> to visit" a country is a
person, and the trip the sentence recalls is theirs, with its own day."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 9, 18)


def test_predecessor_names_first_to_visit_make_the_earlier_trip() -> None:
    text = (
        "Slovak Prime Minister Robert Fico arrived in Amman on Monday. His predecessor, Iveta"
        " Radicova, became the first Slovak premier to visit the Kingdom when she met the King"
        " there on 9 March 2011."
    )
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country, r.start) for r in rows} == {
        ("Robert Fico", "JO", "2024-09-16"),
        ("Iveta Radicova", "JO", "2011-03-09"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # A first of another kind is no trip.
        "Slovak Prime Minister Robert Fico arrived in Amman on Monday. His predecessor, Iveta"
        " Radicova, became the first woman to lead the government in 2010.",
        # A place named first is no person.
        "Slovak Prime Minister Robert Fico arrived in Amman on Monday. Bratislava was the first"
        " capital to host the forum.",
    ],
)
def test_predecessor_names_first_to_visit_other_firsts_add_no_trip(text: str) -> None:
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country) for r in rows} == {("Robert Fico", "JO")}
