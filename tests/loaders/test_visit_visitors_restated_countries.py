"""A guest whose title names their country with its short name restated in brackets ("the
Minister of Foreign Affairs of the Republic of China (Taiwan), Lin Chia-lung, who arrived in
the country on Tuesday night") was no person at all: the bracket ended the title's country
before the name, and the host who received the guest was made the visitor."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, people_posts, read

FILED = datetime.date(2025, 6, 18)


@pytest.mark.parametrize(
    "country",
    [
        "the Republic of China (Taiwan)",
        "Taiwan (Republic of China)",
        "Taiwan",  # the same apposition without a bracket
    ],
)
def test_visit_visitors_restated_countries_guest_is_the_visitor(country: str) -> None:
    text = (
        "Asuncion, 18 June 2025 - The President of the Republic, Santiago Pena, received this"
        f" Wednesday at the Palacio de Lopez the Minister of Foreign Affairs of {country}, Lin"
        " Chia-lung, who arrived in the country on Monday night to carry out an official visit"
        " until Friday."
    )
    visits = dated_visits(read(text, FILED))
    assert ("Lin Chia-lung", "PY", "2025-06-16") in visits
    assert not any(visitor == "Santiago Pena" for visitor, _, _ in visits)


def test_visit_visitors_restated_countries_short_forms() -> None:
    text = "The Minister of Security of Bosnia and Herzegovina (BiH), Nenad Nesic, spoke in Rome."
    assert ("Minister of Security", "BA") in people_posts(read(text, FILED))["Nenad Nesic"]
