"""Talks abroad tell the guest's visit even when the host once visited the guest's country: a
host's trip told as past ("a state visit to Paris in November 2022") is another time."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

DAY = datetime.date(2023, 11, 1)


def _trips(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(r.visitor, r.host_country, r.start) for r in visit_rows(text, DAY)}


def test_talks_abroad_past_trips_a_host_s_old_trip_does_not_hide_the_guest_s_visit() -> None:
    text = (
        "ASTANA - French President Emmanuel Macron held talks with President Kassym-Jomart "
        "Tokayev at the Akorda palace in Astana on Wednesday.\n\n"
        "Tokayev paid a state visit to Paris in November 2022."
    )
    trips = _trips(text)
    assert ("Emmanuel Macron", "KZ", "2023-11-01") in trips
    assert ("Kassym-Jomart Tokayev", "FR", "2022-11") in trips
