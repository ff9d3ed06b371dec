"""A visitor who "held official talks" with no partner named held them with the host the story
named; talks with a partner named, or told outside a visit, are read as they stand."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

DAY = datetime.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hungarian Foreign Minister Peter Szijjarto arrived in Baku on Monday at the "
            "invitation of his Azerbaijani counterpart Jeyhun Bayramov. Szijjarto held official "
            "talks at the Ministry of Foreign Affairs.",
            ["Jeyhun Bayramov", "Peter Szijjarto"],
        ),
        (
            "Chilean President Gabriel Boric arrived in Canberra on Monday for a state visit "
            "at the invitation of Prime Minister Anthony Albanese. On Tuesday Boric held formal "
            "talks at Parliament House on critical minerals.",
            ["Anthony Albanese", "Gabriel Boric"],
        ),
    ],
)
def test_unpartnered_talks_are_with_the_host(text: str, pair: list[str]) -> None:
    assert meetings(read(text, DAY)) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # a partner is named: the talks are with the business leaders, not the host
        "Hungarian Foreign Minister Peter Szijjarto arrived in Baku on Monday at the invitation "
        "of his Azerbaijani counterpart Jeyhun Bayramov. Szijjarto held talks with business "
        "leaders at a hotel.",
        # no visit under way: nobody hosts the talks
        "Chilean President Gabriel Boric held talks in Santiago on Monday on the budget. "
        "Prime Minister Anthony Albanese spoke in Canberra about housing.",
    ],
)
def test_unpartnered_talks_outside_a_hosted_visit_are_no_meeting(text: str) -> None:
    assert meetings(read(text, DAY)) == []
