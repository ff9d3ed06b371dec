"""A leg of the trip told as a visit of its own, naming no traveller ("The final leg of the trip
is a state visit to Brasilia on August 24"), is a visit by the maker of the trip told before,
still to come when its day lies after the filing day."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read, visit_statuses

FILED = datetime.date(2025, 3, 2)
_TOUR = (
    "Prime Minister Mark Carney will fly to Mexico City on Monday for talks with President "
    "Claudia Sheinbaum.\n\n"
)


def test_trip_leg_visitors_a_leg_of_the_trip_is_the_travellers_visit() -> None:
    text = _TOUR + "The final leg of the trip is an official visit to Bogota on 6 and 7 March."
    document = read(text, FILED)
    assert ("Mark Carney", "CO", "2025-03-06") in dated_visits(document)
    assert ("Mark Carney", "CO", "announced") in visit_statuses(document)


def test_trip_leg_visitors_a_leg_with_the_host_who_invited_is_still_the_travellers() -> None:
    text = _TOUR + (
        "The next stop on the tour is a state visit to Lima on 5 March, at the invitation of "
        "President Dina Boluarte."
    )
    assert ("Mark Carney", "PE", "2025-03-05") in dated_visits(read(text, FILED))


def test_trip_leg_visitors_no_trip_told_before_gives_no_visitor() -> None:
    text = "The final leg of the trip is an official visit to Bogota on 6 and 7 March."
    assert dated_visits(read(text, FILED)) == set()
