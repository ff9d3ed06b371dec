"""A further leg announced for a country whose name has several words ("Saint Lucia", "Saint
Kitts and Nevis", "St. Vincent and the Grenadines") is a visit of its own, on the day told
after it: a long name puts the "will" of the plan further back than the tense reads, and a
dotted "St." was no name at all."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)
_ARRIVAL = "President Ruth Okafor of Nigeria arrived in Barbados on Friday for a state visit. "


def _trips(text: str) -> set[tuple[str, str | None, str]]:
    return {(r.host_country, r.start, r.status) for r in visit_rows(text, FRIDAY)}


@pytest.mark.parametrize(
    ("sentence", "leg"),
    [
        ("The President will then travel on to Saint Lucia.", ("LC", None, "announced")),
        ("She will then travel on to St. Lucia.", ("LC", None, "announced")),
        (
            "She will visit Grenada on Sunday before continuing to Saint Kitts and Nevis.",
            ("KN", None, "announced"),
        ),
        (
            "She will then fly on to St. Vincent and the Grenadines on Monday.",
            ("VC", "2025-03-17", "announced"),
        ),
    ],
)
def test_tour_legs_multiword_countries_are_later_legs(
    sentence: str, leg: tuple[str, str | None, str]
) -> None:
    assert leg in _trips(_ARRIVAL + sentence)


def test_tour_legs_multiword_countries_later_day_of_the_plan_is_ahead() -> None:
    text = _ARRIVAL + (
        "The President will then travel on to Saint Lucia on Sunday, before continuing to "
        "Saint Kitts and Nevis on Tuesday."
    )
    assert {("LC", "2025-03-16", "announced"), ("KN", "2025-03-18", "announced")} <= _trips(text)


def test_tour_legs_multiword_countries_a_past_verb_between_keeps_the_day_past() -> None:
    """Counter-example: a day after a past verb is the past one, whatever came before it."""
    text = _ARRIVAL + (
        "She will travel on to Saint Lucia on Sunday, after she met the Prime Minister of "
        "Saint Kitts and Nevis on Tuesday."
    )
    trips = _trips(text)
    assert ("LC", "2025-03-16", "announced") in trips
    assert not any(start == "2025-03-18" for _, start, _ in trips)
