"""A later, undated stop of the trip under way, in another city of the same host, is a place of
that visit, not a second visit announced (issue 4)."""

from __future__ import annotations

import datetime

from dkg.loaders.document import Document
from tests.loaders.reading import read

_DAY = datetime.date(2024, 3, 12)
_OPENING = "Japanese Prime Minister Fumio Kishida arrived in Sydney on Monday. "


def _trips(document: Document) -> set[tuple[str, str]]:
    return {(v.host_country, v.status) for v in document.visits}


def test_visit_merging_onward_city_of_the_host_is_the_same_visit() -> None:
    text = _OPENING + "After Sydney, Kishida will travel on to Perth before flying home.\n"
    document = read(text, _DAY)
    assert _trips(document) == {("AU", "happened")}


def test_visit_merging_onward_city_of_another_country_is_a_visit_of_its_own() -> None:
    """Counter-example: the next stop lies in another country."""
    text = _OPENING + "After Sydney, Kishida will travel on to Wellington.\n"
    assert _trips(read(text, _DAY)) == {("AU", "happened"), ("NZ", "announced")}


def test_visit_merging_background_trip_of_a_year_takes_no_onward_stop() -> None:
    """Counter-example: a trip known only by its year is no visit under way."""
    text = (
        "Japanese Prime Minister Fumio Kishida first visited Australia in 2016. Kishida will "
        "travel to Perth, his office said.\n"
    )
    assert _trips(read(text, _DAY)) == {("AU", "happened"), ("AU", "announced")}
