"""A departure told in the present for a day still to come ("leaves for Wellington tomorrow,
the 7th, for a visit to New Zealand") is an announced visit, with every further stop of it."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

DAY = datetime.date(2024, 8, 6)


def _trips(text: str) -> set[tuple[str | None, str, str]]:
    return {(r.visitor, r.host_country, r.status) for r in visit_rows(text, DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz leaves for Wellington tomorrow, the 7th, for a visit to New Zealand.",
        "President Ana Ruiz departs for Wellington later today for a visit to New Zealand.",
        "President Ana Ruiz flies to Wellington tomorrow for a visit to New Zealand.",
    ],
)
def test_visit_status_a_departure_still_to_come_is_announced(text: str) -> None:
    assert _trips(text) == {("Ana Ruiz", "NZ", "announced")}


def test_visit_status_further_stops_of_a_departure_to_come_are_one_announced_leg_each() -> None:
    text = (
        "President Ana Ruiz leaves for Wellington tomorrow, the 7th, for a visit to New Zealand, "
        "before travelling on to Timor-Leste."
    )
    assert _trips(text) == {("Ana Ruiz", "NZ", "announced"), ("Ana Ruiz", "TL", "announced")}


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz left for Wellington on Monday, the 5th, for a visit to New Zealand.",
        "President Ana Ruiz arrived in Wellington yesterday, the 5th, for a visit to New Zealand.",
    ],
)
def test_visit_status_a_departure_already_made_happened(text: str) -> None:
    assert _trips(text) == {("Ana Ruiz", "NZ", "happened")}


_TALKS = "Foreign Minister Ana Ruiz of Chile held talks in Apia on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Ruiz departs Apia this afternoon for Fiji.",
        "Minister Ruiz leaves Apia this evening for Fiji, where she will open an embassy in Suva.",
    ],
)
def test_visit_status_departure_later_in_the_day_is_announced(sentence: str) -> None:
    assert ("Ana Ruiz", "FJ", "announced") in _trips(_TALKS + sentence)


def test_visit_status_departure_this_afternoon_told_in_the_past_happened() -> None:
    # Near miss: a departure told in the past has happened, whatever time of day it names.
    assert ("Ana Ruiz", "FJ", "happened") in _trips(
        _TALKS + "Minister Ruiz left Apia this afternoon for Fiji."
    )
