"""The way home is no visit: "returned home to Port Said, concluding the visit" names where the
visitor lives; a trip back to a country visited before is a visit still."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2025, 6, 9)
TRIP = "Maj. Gen. Karim Haddad paid an official visit to Tunisia on 2 June. "


def _trips(text: str) -> list[tuple[str | None, str]]:
    return [(r.visitor, r.host_country) for r in visit_rows(TRIP + text, FILED)]


@pytest.mark.parametrize(
    "closing",
    [
        "Maj. Gen. Haddad returned home to Oran in the evening, concluding the visit.",
        "Maj. Gen. Haddad flew back home to Algiers on 4 June, wrapping up the visit.",
        "He flew home to Algeria on 4 June at the end of the visit.",
    ],
)
def test_home_returns_the_way_home_is_no_visit(closing: str) -> None:
    assert _trips(closing) == [("Karim Haddad", "TN")]


def test_home_returns_a_trip_back_to_a_country_visited_is_a_visit() -> None:
    """Counter-example: "returned to" a place abroad, with no "home", is a trip there."""
    text = "Maj. Gen. Haddad returned to Morocco in March 2025 for a working visit."
    assert ("Karim Haddad", "MA") in _trips(text)
