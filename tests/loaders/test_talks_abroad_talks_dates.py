"""A visit that happened but whose sentence gives no day of its own takes the day of the talks
held during it ("received X on Thursday (13)"); a visit with a day keeps it."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)


def _trips(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(r.visitor, r.host_country, r.start) for r in visit_rows(text, FRIDAY)}


def test_talks_abroad_talks_dates_date_an_undated_arrival() -> None:
    text = (
        "President Gustavo Petro received Spanish Prime Minister Pedro Sanchez at the Casa de "
        "Narino in Bogota on Wednesday (12) for talks on trade.\n\n"
        "Sanchez arrived in Bogota after stops in Peru on Monday and in Ecuador on Tuesday."
    )
    trips = _trips(text)
    assert ("Pedro Sanchez", "CO", "2025-03-12") in trips
    assert ("Pedro Sanchez", "PE", "2025-03-10") in trips


def test_talks_abroad_talks_dates_keep_the_day_a_visit_states() -> None:
    text = (
        "President Gustavo Petro received Spanish Prime Minister Pedro Sanchez at the Casa de "
        "Narino in Bogota on Wednesday for talks on trade.\n\n"
        "Sanchez arrived in Bogota on Tuesday evening."
    )
    assert ("Pedro Sanchez", "CO", "2025-03-11") in _trips(text)


def test_talks_abroad_talks_dates_move_a_visit_dated_only_as_under_way() -> None:
    text = (
        "BOGOTA: Spanish Prime Minister Pedro Sanchez held talks with President Gustavo Petro "
        "here on Wednesday.\n\n"
        "Sanchez, who is on a two-day official visit, also laid a wreath at the monument."
    )
    # filed on Friday, the visit was under way by Wednesday's talks, not begun on Friday
    assert ("Pedro Sanchez", "CO", "2025-03-12") in _trips(text)
