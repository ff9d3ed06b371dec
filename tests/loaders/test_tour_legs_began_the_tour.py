"""A tour's first leg told with its maker as the subject ("Moon began the tour in Laos, where
he held talks ... on Tuesday") is a visit that happened, on the day of the talks told there."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)
_ARRIVAL = (
    "Chilean President Gabriel Boric arrived in Ankara late Thursday on a state visit, the "
    "last leg of a six-day tour. "
)


def _trips(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(str(r.visitor), r.host_country, r.start, r.status) for r in visit_rows(text, FRIDAY)}


@pytest.mark.parametrize(
    ("sentence", "leg"),
    [
        (
            "Boric began the tour in Jordan, where he held talks with King Hamid Rashed on Monday.",
            ("Gabriel Boric", "JO", "2025-03-10", "happened"),
        ),
        (
            "He started his three-nation swing in Greece on Tuesday.",
            ("Gabriel Boric", "GR", "2025-03-11", "happened"),
        ),
        (
            "Boric opened his regional tour in Cyprus, where he met the president.",
            ("Gabriel Boric", "CY", None, "happened"),
        ),
    ],
)
def test_tour_legs_began_the_tour_is_a_leg(
    sentence: str, leg: tuple[str, str, str | None, str]
) -> None:
    assert leg in _trips(_ARRIVAL + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The tour began at home: no visit.
        "Boric began the tour in Chile, where he met business leaders on Monday.",
        # Someone else's tour: a band, not the visitor.
        "The Santiago Philharmonic began its tour in Jordan last year.",
    ],
)
def test_tour_legs_began_the_tour_at_home_or_by_others_is_no_leg(sentence: str) -> None:
    assert {h for _, h, _, _ in _trips(_ARRIVAL + sentence)} == {"TR"}
