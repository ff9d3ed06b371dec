"""An invitation nobody accepted is no visit: "A invited B to visit Quito" is an offer; "..., and
B accepted" or a trip told on its own ("B will visit Ecuador in May") is an announced visit."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2025, 3, 6)
_TALKS = "President Luis Ruiz of Ecuador met President Paul Ode of Ghana in Accra on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ruiz invited President Ode to visit Quito, without a date being set.",
        "Ruiz extended an invitation to Ode to visit Ecuador.",
        "Ruiz renewed his invitation to Ode to pay an official visit to Ecuador.",
        # an answer told as still open is no acceptance
        "Ruiz invited Ode to visit Ecuador. There was no word on whether the invitation had "
        "been accepted.",
        "Ruiz invited Ode to visit Ecuador. Ode has not yet accepted the invitation.",
    ],
)
def test_visit_invitations_unanswered_invitation_is_no_visit(sentence: str) -> None:
    assert ("Paul Ode", "EC") not in visits(read(_TALKS + sentence, _DAY))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz invited Ode to visit Ecuador, and Ode accepted.",
        "Ruiz invited Ode to visit Ecuador, which was accepted with pleasure.",
        "Ruiz invited Ode to visit Ecuador. Ode accepted the invitation.",
        "Ruiz invited Ode to visit Ecuador. Ode will visit Ecuador in May, his office said.",
        # The trip is planned; the invitation is only its occasion.
        "At the invitation of Ruiz, Ode is to pay a state visit to Ecuador in May.",
        "Ode will visit Ecuador in May at the invitation of Ruiz.",
        # Invited to something else; the trip is his own plan.
        "Ode, who was invited by the university of Cuenca, is to visit Ecuador in May.",
    ],
)
def test_visit_invitations_unanswered_accepted_or_planned_trip_is_a_visit(sentence: str) -> None:
    assert ("Paul Ode", "EC") in visits(read(_TALKS + sentence, _DAY))
