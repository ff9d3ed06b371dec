"""A planned trip whose fate a later sentence tells ("was to travel to X. ... The visit was
called off.") did not happen: it is cancelled or postponed, not announced."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2022, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean President Gabriel Boric was to travel to Buenos Aires on Friday for talks"
            " with President Alberto Fernandez. The visit was called off after a storm closed"
            " the airport.",
            [("Gabriel Boric", "AR", "cancelled")],
        ),
        (
            "Kenyan President William Ruto was to fly to Pretoria for a summit with President"
            " Cyril Ramaphosa. On Tuesday his office said the trip had been cancelled.",
            [("William Ruto", "ZA", "cancelled")],
        ),
        (
            "Japanese Prime Minister Fumio Kishida had planned to visit Canberra next week."
            " The trip was postponed because of the election.",
            [("Fumio Kishida", "AU", "postponed")],
        ),
    ],
)
def test_visit_fates_a_later_sentence_calls_off_the_plan(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.visitor, r.host_country, r.status) for r in visit_rows(text, FILED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another event is called off, not the trip.
        (
            "Chilean President Gabriel Boric was to travel to Buenos Aires on Friday for talks"
            " with President Alberto Fernandez. The summit of the trade bloc was called off.",
            [("Gabriel Boric", "AR", "announced")],
        ),
        # A trip made is not undone by a later sentence about some visit.
        (
            "Chilean President Gabriel Boric travelled to Buenos Aires on Friday for talks with"
            " President Alberto Fernandez. The visit was called off.",
            [("Gabriel Boric", "AR", "happened")],
        ),
        # Two plans of two people: "the trip" could be either's, so neither is marked.
        (
            "Kenyan President William Ruto will fly to Pretoria next week. Ghanaian President"
            " Nana Akufo-Addo will travel to Abuja in May. The trip was postponed.",
            [("William Ruto", "ZA", "announced"), ("Nana Akufo-Addo", "NG", "announced")],
        ),
        # The visit called off is someone else's, named after the noun.
        (
            "Japanese Prime Minister Fumio Kishida had planned to visit Canberra next week."
            " The visit of the Emir of Qatar to Tokyo was postponed.",
            [("Fumio Kishida", "AU", "announced")],
        ),
    ],
)
def test_visit_fates_other_fates_leave_the_trip_alone(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.visitor, r.host_country, r.status) for r in visit_rows(text, FILED)] == expected
