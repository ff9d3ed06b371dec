"""A tour's first stop told as how the trip began ("began his trip with a stop in France") is a
visit there; told in a relative clause about the traveller, it keeps that clause's past tense
however the main clause goes on ("..., will leave Brasilia on Saturday")."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visit_statuses

FILED = datetime.date(2024, 5, 3)


def test_visit_first_stops_a_trip_begun_with_a_stop_is_a_visit_there_already_made() -> None:
    text = (
        "Prime Minister Narendra Modi, who began his trip with a stop in Ghana for talks on "
        "vaccines, will leave Accra on Saturday for Namibia."
    )
    assert ("Narendra Modi", "GH", "happened") in visit_statuses(read(text, FILED))


def test_visit_first_stops_a_relative_clause_still_to_come_stays_so() -> None:
    text = "Prime Minister Narendra Modi, who will begin his trip with a visit to Ghana, spoke."
    assert visit_statuses(read(text, FILED)) == {("Narendra Modi", "GH", "announced")}
