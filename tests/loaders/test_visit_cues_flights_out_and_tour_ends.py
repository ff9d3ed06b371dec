"""A tour told by its departure and its last stop ("flew out early Monday morning for Tonga and
ended the trip in Samoa on Wednesday and Thursday") is two visits, each on its own days; a
flight out of a place, or a trip ended at home, is none."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_FRIDAY = datetime.date(2025, 9, 12)


def _trips(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, _FRIDAY)}


@pytest.mark.parametrize(
    ("sentence", "trips"),
    [
        (
            "Palauan President Surangel Whipps flew out early Monday morning for Fiji and ended "
            "the trip in Vanuatu on Wednesday and Thursday.",
            {
                ("Surangel Whipps", "FJ", "2025-09-08", "happened"),
                ("Surangel Whipps", "VU", "2025-09-10", "happened"),
            },
        ),
        (
            "Palauan President Surangel Whipps left for Fiji on Tuesday and concluded the tour "
            "in Vanuatu on Thursday.",
            {
                ("Surangel Whipps", "FJ", "2025-09-09", "happened"),
                ("Surangel Whipps", "VU", "2025-09-11", "happened"),
            },
        ),
        (
            "Palauan President Surangel Whipps flew out for Fiji on Tuesday.",
            {("Surangel Whipps", "FJ", "2025-09-09", "happened")},
        ),
        (
            "Palauan President Surangel Whipps left late on Tuesday for Fiji.",
            {("Surangel Whipps", "FJ", "2025-09-09", "happened")},
        ),
        (
            "Palauan President Surangel Whipps will fly out for Fiji on Monday, his office said.",
            {("Surangel Whipps", "FJ", "2025-09-15", "announced")},
        ),
    ],
)
def test_visit_cues_departure_and_last_stop_are_visits(
    sentence: str, trips: set[tuple[str | None, str, str | None, str]]
) -> None:
    assert _trips(sentence) == trips


def test_visit_cues_last_stop_in_its_own_sentence_is_a_visit() -> None:
    text = (
        "Palauan President Surangel Whipps left for Fiji on Tuesday. "
        "He ended the trip in Vanuatu on Thursday."
    )
    assert ("Surangel Whipps", "VU", "2025-09-11", "happened") in _trips(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # leaving a place is no trip to it
        "Palauan President Surangel Whipps flew out of Suva on Tuesday.",
        # a tour ended at home is no visit
        "Palauan President Surangel Whipps ended the trip in Palau on Thursday.",
        # the trip's noun with no place to end in
        "Palauan President Surangel Whipps ended the trip early on Thursday.",
    ],
)
def test_visit_cues_flight_out_or_end_at_home_is_no_visit(sentence: str) -> None:
    assert _trips(sentence) == set()
