"""A trip that is the object of "the invitation of X to visit" is still to come, though the
clause that tells it is in the past; it takes no date of an earlier trip told before it."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_FILED = datetime.date(2024, 5, 2)


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.visitor or "", r.host_country, r.start, r.status) for r in visit_rows(text, _FILED)}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Prime Minister Narendra Modi accepted the invitation of His Majesty the Sultan to "
            "visit the Sultanate of Oman.",
            ("Narendra Modi", "OM"),
        ),
        (
            "President Gustavo Petro accepted an invitation from King Felipe to pay a state "
            "visit to Spain.",
            ("Gustavo Petro", "ES"),
        ),
    ],
)
def test_visit_status_invitations_of_an_inviter_the_visit_is_announced(
    text: str, visit: tuple[str, str]
) -> None:
    assert _visits(text) == {(*visit, None, "announced")}


def test_visit_status_invitations_of_an_earlier_trip_told_first_keeps_both() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met the Emir of Qatar, Sheikh Tamim bin Hamad Al "
        "Thani. Prime Minister Modi recalled his visit to Doha in 2016 and accepted the "
        "invitation of His Highness the Emir to visit the State of Qatar."
    )
    visits = _visits(text)
    assert ("Narendra Modi", "QA", "2016", "happened") in visits
    assert ("Narendra Modi", "QA", None, "announced") in visits


def test_visit_status_invitations_of_at_the_invitation_of_a_host_is_no_plan() -> None:
    text = (
        "At the invitation of President William Ruto, Prime Minister Narendra Modi paid a state "
        "visit to Kenya on 30 April 2024."
    )
    assert _visits(text) == {("Narendra Modi", "KE", "2024-04-30", "happened")}


def test_visit_status_invitations_of_a_day_opening_the_sentence_dates_the_arrival() -> None:
    text = (
        "On Monday, at the invitation of President William Ruto, Prime Minister Narendra Modi "
        "arrived in Nairobi."
    )
    assert _visits(text) == {("Narendra Modi", "KE", "2024-04-29", "happened")}
