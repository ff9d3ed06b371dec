"""Who makes the trip an invitation names, and which day a visit began.

", and A invited B to visit X" is B's announced visit, whoever opens the clause, and a day told
before the invitation is the invitation's, not the trip's. "met Y on 16 May, on a visit that
began the day before" starts the visit on the day told as its beginning, not on the talks."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

DAY = datetime.date(2024, 5, 20)


def _trips(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, DAY)}


def test_visit_parties_invitee_of_a_clause_makes_the_trip() -> None:
    text = (
        "Chancellor Olaf Scholz of Germany held talks with President Gabriel Boric of Chile. "
        "They agreed to expand trade in lithium, and Boric invited Scholz to visit Chile. "
        "Scholz accepted the invitation."
    )
    trips = _trips(text)
    assert ("Olaf Scholz", "CL", None, "announced") in trips
    assert not any(visitor == "Gabriel Boric" and host == "CL" for visitor, host, _, _ in trips)


def test_visit_parties_day_before_the_invitation_is_not_the_trip_s() -> None:
    text = (
        "On Monday, President Gabriel Boric of Chile invited Chancellor Olaf Scholz of Germany "
        "to visit Chile, and Scholz accepted."
    )
    assert ("Olaf Scholz", "CL", None, "announced") in _trips(text)


def test_visit_parties_day_told_as_the_visit_s_beginning_is_its_start() -> None:
    text = (
        "Prime Minister Mark Rutte of the Netherlands met President Andrzej Duda of Poland "
        "in Warsaw on 16 May, on an official visit that began the day before."
    )
    assert ("Mark Rutte", "PL", "2024-05-15", "happened") in _trips(text)


def test_visit_parties_talks_day_stays_the_start_without_a_told_beginning() -> None:
    text = (
        "Prime Minister Mark Rutte of the Netherlands met President Andrzej Duda of Poland "
        "in Warsaw on 16 May, on an official visit that ends on Friday."
    )
    assert ("Mark Rutte", "PL", "2024-05-16", "happened") in _trips(text)
