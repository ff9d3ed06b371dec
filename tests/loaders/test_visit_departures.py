"""A guest who leaves for home ends the visit on that day; a planned departure or one for the
next country of a tour does not."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 6, 7)  # a Friday


def _visits(text: str) -> dict[str, tuple[str | None, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    return {
        v.host_country: (v.start and v.start.lexical, v.end and v.end.lexical)
        for v in document.visits
    }


_ARRIVAL = (
    "Chilean President Ana Silva arrived in Tokyo on Wednesday for a visit to Japan. "
    "On Thursday she held talks with Prime Minister Kenji Sato at his office."
)


def test_visit_departures_leaving_for_home_later_in_the_day_ends_the_visit() -> None:
    text = f"{_ARRIVAL} Later in the day Silva toured a robotics plant before leaving for Chile."
    assert _visits(text)["JP"] == ("2024-06-05", "2024-06-06")


def test_visit_departures_flying_home_on_a_day_ends_the_visit_then() -> None:
    assert _visits(f"{_ARRIVAL} Silva flew home on Friday.")["JP"] == ("2024-06-05", "2024-06-07")


def test_visit_departures_a_planned_departure_or_the_next_leg_leaves_it_open() -> None:
    planned = f"{_ARRIVAL} Silva will tour a robotics plant on Friday before flying home."
    onward = f"{_ARRIVAL} Later in the day Silva toured a robotics plant before leaving for Korea."
    assert _visits(planned)["JP"] == ("2024-06-05", None)
    assert _visits(onward)["JP"] == ("2024-06-05", None)
