"""The countries a stop is told as coming "after" on a tour ("the third stop on a tour after
Peru and Colombia") were the tour's earlier legs: visits that happened, undated."""

from __future__ import annotations

from tests.loaders.reading import dated_visits, read

_ARRIVAL = "QUITO, 3 May 2025 - Chilean President Rosa Lagos arrived in Quito on Saturday"


def test_tour_legs_stops_after_the_countries_listed_were_visited() -> None:
    document = read(
        _ARRIVAL + " for talks with President Daniel Noboa. The visit is Lagos's third stop on "
        "a South American tour after Peru and Colombia."
    )
    assert dated_visits(document) == {
        ("Rosa Lagos", "EC", "2025-05-03"),
        ("Rosa Lagos", "PE", None),
        ("Rosa Lagos", "CO", None),
    }


def test_tour_legs_stops_after_a_country_that_does_something_is_no_leg() -> None:
    """Counter-example: after "a tour following" comes a clause about the country, not a leg."""
    document = read(
        _ARRIVAL + ". It is the first stop on a tour following Peru hosting the summit."
    )
    assert dated_visits(document) == {("Rosa Lagos", "EC", "2025-05-03")}


def test_tour_legs_stops_after_an_event_is_no_leg() -> None:
    """Counter-example: "after the elections in Peru" tells when, not where the tour went."""
    document = read(_ARRIVAL + ", the last leg of her trip after the elections in Peru.")
    assert dated_visits(document) == {("Rosa Lagos", "EC", "2025-05-03")}
