"""A visit told in a relative clause ("..., who is on a state visit") takes that clause's tense,
not the tense of what the main clause reports ("X will invest ..., Y announced after talks
with Z, who is on a state visit"); a trip an invitation "extended by X" asks for is to come."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _statuses(text: str) -> set[tuple[str, str]]:
    document = read(text, datetime.date(2025, 3, 10))
    return {(v.host_country, v.status) for v in document.visits}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar will invest $5 billion in Spain, Prime Minister Pedro Sanchez announced on "
            "Monday after talks with Emir Sheikh Tamim bin Hamad Al Thani, who is on a state "
            "visit to Spain.",
            {("ES", "happened")},
        ),
        (
            # counter-example: the relative clause's own future
            "Spain will host the forum, Prime Minister Pedro Sanchez said after talks with Emir "
            "Sheikh Tamim bin Hamad Al Thani, who will pay a state visit to Spain in May.",
            {("ES", "announced")},
        ),
    ],
)
def test_visit_status_of_a_relative_clause_is_its_own(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _statuses(text) == expected


def test_visit_status_an_invitation_extended_by_the_host_is_to_come() -> None:
    """ "accepted an invitation extended by X to visit": the trip is the invitation's object."""
    text = (
        "President Luis Arce of Bolivia held talks with President Shavkat Mirziyoyev in Tashkent "
        "today. Arce accepted an invitation extended by President Mirziyoyev to visit Uzbekistan "
        "again, on a date to be agreed."
    )
    assert ("UZ", "announced") in _statuses(text)
