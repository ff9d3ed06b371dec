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
