"""A named official placed abroad in apposition ("X, in Lima for talks, said") made a visit
there, on the day the clause gives or else the day the story last told."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)


def _trips(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, FRIDAY)}


def test_visit_presence_in_a_foreign_city_for_talks_is_a_visit() -> None:
    text = (
        "Foreign ministers opened a round of consultations at the Torre Tagle palace on "
        "Wednesday.\n\nAustralian Foreign Minister Penny Wong, in Lima for three days of "
        "talks, said Australia would open a trade office."
    )
    assert ("Penny Wong", "PE", "2025-03-12", "happened") in _trips(text)


def test_visit_presence_takes_the_day_its_clause_gives() -> None:
    text = (
        "Australian Foreign Minister Penny Wong, in Lima for the forum that opened on Tuesday, met "
        "investors."
    )
    assert ("Penny Wong", "PE", "2025-03-11", "happened") in _trips(text)


def test_visit_presence_at_home_is_no_visit() -> None:
    text = (
        "Australian Foreign Minister Penny Wong, in Canberra for a cabinet meeting, said the "
        "talks went well."
    )
    assert _trips(text) == set()


def test_visit_presence_also_in_a_foreign_city_since_a_day_starts_that_day() -> None:
    text = (
        "The Seychellois President, Wavel Ramkalawan, also in Port Louis since Wednesday, met "
        "Prime Minister Navin Ramgoolam."
    )
    assert ("Wavel Ramkalawan", "MU", "2025-03-12", "happened") in _trips(text)


def test_visit_presence_in_a_foreign_city_since_a_year_is_a_posting() -> None:
    text = "The Australian Ambassador, Mark Ellison, in Lima since 2019, said trade had doubled."
    assert _trips(text) == set()
