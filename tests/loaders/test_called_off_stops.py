"""A planned stop of a tour called off or put off ("A planned stop in Jakarta on 3 June, where X
was to meet officials, was cancelled", "A planned stopover in Hanoi was called off") is a
visit to the stop's country on its planned day, cancelled or postponed, by the one the clause
names, the stop's owner, or else the traveller the story tells; a stop made, or one that went
ahead, is no cancelled visit."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_DAY = datetime.date(2025, 6, 20)
_ARRIVAL = "Chilean President Gabriel Boric arrived in Tokyo on Monday. "


def _trips(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, _DAY)}


@pytest.mark.parametrize(
    ("sentence", "trip"),
    [
        (
            "A planned stop in Jakarta on June 3, where Boric was to meet Indonesian officials "
            "on June 4, was cancelled because of a schedule conflict, officials said.",
            ("Gabriel Boric", "ID", "2025-06-03", "cancelled"),
        ),
        (
            "His planned stop in Jakarta on June 3, where he was to meet Indonesian officials, "
            "was cancelled.",
            ("Gabriel Boric", "ID", "2025-06-03", "cancelled"),
        ),
        (
            "A planned stopover in Hanoi on June 4 was called off, officials said.",
            ("Gabriel Boric", "VN", "2025-06-04", "cancelled"),
        ),
        (
            "Boric's planned stopover in Hanoi has been postponed.",
            ("Gabriel Boric", "VN", None, "postponed"),
        ),
        (
            "A planned stop in Fiji, which had been scheduled for June 25, has been postponed "
            "owing to a cabinet meeting.",
            ("Gabriel Boric", "FJ", "2025-06-25", "postponed"),
        ),
    ],
)
def test_called_off_stops_are_visits_with_their_fate(
    sentence: str, trip: tuple[str | None, str, str | None, str]
) -> None:
    assert _trips(_ARRIVAL + sentence) == {
        ("Gabriel Boric", "JP", "2025-06-16", "happened"),
        trip,
    }


def test_called_off_stops_visitor_named_in_the_clause() -> None:
    sentence = (
        "A planned stop in Jakarta on June 3, where Chilean President Gabriel Boric was to meet "
        "Indonesian officials, was cancelled."
    )
    assert _trips(sentence) == {("Gabriel Boric", "ID", "2025-06-03", "cancelled")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A planned stop in Jakarta on June 3 went ahead as scheduled.",
        "A planned bus stop in Jakarta was cancelled by the city.",
        # the stop is at home
        "A planned stop in Santiago on June 3 was cancelled.",
    ],
)
def test_called_off_stops_that_went_ahead_or_are_no_trip_are_no_visit(sentence: str) -> None:
    assert _trips(_ARRIVAL + sentence) == {("Gabriel Boric", "JP", "2025-06-16", "happened")}


def test_called_off_stops_are_the_story_travellers() -> None:
    """The stop's traveller is the one the story tells most trips of, not whoever's trip was
    told last in passing (the host's own trip abroad)."""
    text = (
        _ARRIVAL + "Boric flew on to Seoul on Wednesday. Korean President Lee Jae-myung had "
        "visited Chile in 2023. A planned stopover in Hanoi on June 4 was called off."
    )
    assert ("Gabriel Boric", "VN", "2025-06-04", "cancelled") in _trips(text)
    assert not {t for t in _trips(text) if t[1] == "VN" and t[0] != "Gabriel Boric"}


def test_called_off_stops_in_a_country_visited_are_no_visit() -> None:
    """Counter-example: a city dropped from a visit to a country is a stop of that visit, which
    took place."""
    text = (
        "Chilean President Gabriel Boric arrived in Jakarta on Monday. A planned stop in Surabaya "
        "on June 3 was cancelled because of the weather."
    )
    assert _trips(text) == {("Gabriel Boric", "ID", "2025-06-16", "happened")}
