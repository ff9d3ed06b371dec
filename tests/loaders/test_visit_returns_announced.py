"""A return announced to a country the story told a visit to is a new trip, still to come, and
each foreign leader named as travelling along makes it too; a way home is no visit (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Document
from tests.loaders.reading import read

_THURSDAY = datetime.date(2025, 2, 6)


def _trips(document: Document) -> set[tuple[str, str, str | None, str]]:
    names = {p.key: p.name for p in document.people}
    return {
        (names[v.visitor], v.host_country, v.start.lexical if v.start else None, v.status)
        for v in document.visits
    }


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("She will return to Senegal in April.", "2025-04"),
        ("She is to return to Dakar in April.", "2025-04"),
        ("The president said Sheinbaum would return to Dakar in April.", "2025-04"),
    ],
)
def test_visit_returns_an_announced_return_is_a_trip_to_come(second: str, day: str) -> None:
    text = f"Mexican President Claudia Sheinbaum visited Senegal in November. {second}"
    assert ("Claudia Sheinbaum", "SN", day, "announced") in _trips(read(text, _THURSDAY))


def test_visit_returns_the_leaders_travelling_along_make_the_trip_too() -> None:
    text = (
        "Mexican President Claudia Sheinbaum visited Senegal in November. She will return to "
        "Senegal in April together with Chilean President Gabriel Boric and Colombian President "
        "Gustavo Petro."
    )
    trips = _trips(read(text, _THURSDAY))
    assert {
        ("Claudia Sheinbaum", "SN", "2025-04", "announced"),
        ("Gabriel Boric", "SN", "2025-04", "announced"),
        ("Gustavo Petro", "SN", "2025-04", "announced"),
    } <= trips


@pytest.mark.parametrize(
    "text",
    [
        # The way home is no visit.
        "Mexican President Claudia Sheinbaum visited Senegal in November. She will return to "
        "Mexico on Saturday.",
        # A return to a country no visit was told to is no trip the text reports.
        "Mexican President Claudia Sheinbaum visited Senegal in November. She will return to "
        "Ghana in April.",
        # A return to talks is no trip.
        "Mexican President Claudia Sheinbaum visited Senegal in November. She urged a return "
        "to talks on fishing.",
    ],
)
def test_visit_returns_a_way_home_or_return_to_talks_is_no_trip(text: str) -> None:
    trips = _trips(read(text, _THURSDAY))
    assert trips == {("Claudia Sheinbaum", "SN", "2024-11", "happened")}


def test_visit_returns_a_visitor_met_after_the_list_is_no_companion() -> None:
    """Counter-example: "together with A and met B" makes A a companion, B someone met."""
    text = (
        "Mexican President Claudia Sheinbaum arrived in Dakar on Monday together with Chilean "
        "President Gabriel Boric and met Colombian President Gustavo Petro."
    )
    visitors = {name for name, *_ in _trips(read(text, _THURSDAY))}
    assert visitors == {"Claudia Sheinbaum", "Gabriel Boric"}
