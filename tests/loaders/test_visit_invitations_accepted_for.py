"""An invitation accepted for a time: "A invited his counterpart to pay a state visit to
Chile, which the Peruvian President accepted for the first semester of 2025", "an invitation
that President B accepted for the month of October". The one who accepts is the visitor when
the invitee is no name ("his counterpart"), the part of a year dates the trip, and a month the
acceptance is "for" lies ahead of the filing day."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

STORY = (
    "Quito, {day} - President Daniel Noboa met President Luis Arce of Bolivia in Quito on"
    " Thursday. "
)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Noboa invited his counterpart to pay a state visit to Ecuador's coast, which the"
            " Bolivian President accepted for the first half of 2026.",
            "2026",
        ),
        (
            "Noboa invited Arce to pay an official visit to Guayaquil, an invitation that"
            " President Arce accepted for the month of September.",
            "2025-09",
        ),
    ],
)
def test_visit_invitations_accepted_for_a_time(sentence: str, start: str) -> None:
    text = STORY.format(day="12 May 2025") + sentence
    visits = dated_visits(read(text, datetime.date(2025, 5, 12)))
    assert ("Luis Arce", "EC", start) in visits
    assert not any(visitor == "Daniel Noboa" and host == "EC" for visitor, host, _ in visits)


def test_visit_invitations_accepted_for_keeps_attribute_years() -> None:
    # "a plan of 2030" qualifies a noun: no date of the trip
    text = STORY.format(day="12 May 2025") + (
        "Noboa invited Arce to pay a state visit to Guayaquil to launch the plan of 2030, which"
        " Arce accepted."
    )
    assert ("Luis Arce", "EC", None) in dated_visits(read(text, datetime.date(2025, 5, 12)))


def test_visit_invitations_accepted_for_needs_an_acceptance() -> None:
    # nobody accepted: an offer, no trip yet
    text = STORY.format(day="12 May 2025") + (
        "Noboa invited his counterpart to pay a state visit to Guayaquil in the first half of 2026."
    )
    assert not any(
        host == "EC" and start == "2026"
        for _, host, start in dated_visits(read(text, datetime.date(2025, 5, 12)))
    )
