"""The later legs of a tour announced in one sentence keep their own days, in the order told,
and take no type the text gives only to the first visit (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Document
from tests.loaders.reading import read

_TUESDAY = datetime.date(2025, 4, 1)


def _legs(document: Document) -> set[tuple[str, str | None, str]]:
    return {
        (v.host_country, v.start.lexical if v.start else None, v.visit_type)
        for v in document.visits
    }


@pytest.mark.parametrize(
    ("sentence", "legs"),
    [
        (
            "Nigerian President Bola Tinubu flew out of Abuja for a tour that will take him to "
            "Senegal on Friday and to Gambia on Monday.",
            {("SN", "2025-04-04", "unspecified"), ("GM", "2025-04-07", "unspecified")},
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh will pay an official visit to Brazil on "
            "Thursday before flying on to Chile on Sunday.",
            {("BR", "2025-04-03", "official"), ("CL", "2025-04-06", "unspecified")},
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh will pay a state visit to Brazil on "
            "Friday, then travel to Argentina on Monday.",
            {("BR", "2025-04-04", "state"), ("AR", "2025-04-07", "unspecified")},
        ),
    ],
)
def test_visit_onward_legs_a_later_leg_keeps_its_day_and_no_borrowed_type(
    sentence: str, legs: set[tuple[str, str | None, str]]
) -> None:
    assert _legs(read(sentence, _TUESDAY)) == legs


@pytest.mark.parametrize(
    ("sentence", "legs"),
    [
        # A leg given a type of its own keeps it.
        (
            "Vietnamese Prime Minister Pham Minh Chinh will pay an official visit to Brazil on "
            "Thursday and a state visit to Chile on Sunday.",
            {("BR", "2025-04-03", "official"), ("CL", "2025-04-06", "state")},
        ),
        # One visit told with its type before the arrival keeps the type.
        (
            "On a state visit to Brazil, Vietnamese Prime Minister Pham Minh Chinh arrived in "
            "Brasilia on Monday.",
            {("BR", "2025-03-31", "state")},
        ),
        # Days already past are not moved forward: only days still to come keep their order.
        (
            "Vietnamese Prime Minister Pham Minh Chinh visited Chile on Sunday after talks in "
            "Brazil on Thursday.",
            {("CL", "2025-03-30", "unspecified")},
        ),
    ],
)
def test_visit_onward_legs_an_own_type_or_a_past_day_stays(
    sentence: str, legs: set[tuple[str, str | None, str]]
) -> None:
    assert _legs(read(sentence, _TUESDAY)) == legs


def test_visit_onward_legs_the_day_after_a_listed_country_is_the_verbs() -> None:
    """Counter-example: "a trip to Brazil and Chile on Monday" gives Monday to the verb (here
    the calling off), not to Chile, the last country of the list."""
    sentence = (
        "Vietnamese Prime Minister Pham Minh Chinh called off a trip to Brazil and Chile on "
        "Monday, citing floods at home."
    )
    days = {host: day for host, day, _ in _legs(read(sentence, _TUESDAY))}
    assert days.get("CL", "missing") is None


def test_visit_onward_legs_a_planned_day_after_the_list_dates_every_place() -> None:
    sentence = (
        "Prime Minister Ivana Horvat's visit to Chile and Peru, which had been planned for 12 "
        "May, was postponed because of the budget debate."
    )
    legs = {(host, day) for host, day, _ in _legs(read(sentence, _TUESDAY))}
    assert legs == {("CL", "2025-05-12"), ("PE", "2025-05-12")}
