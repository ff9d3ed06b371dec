"""Invitations worded in the passive ("an invitation was conveyed to the President of X, B, to
pay a state visit"), acceptances told by the noun ("conveyed the acceptance of the
invitation"), and a bare acceptance after an invitation whose invitee is only a role ("Mr A,
who invited his host to Accra. President B accepted the invitation."): each is the invitee's
announced visit; the one on whose behalf the invitation goes is its host, never its visitor."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_DAY = datetime.date(2025, 2, 11)
_CALL = (
    "President Ilona Marek of Slovakia held a telephone conversation with President Jonas "
    "Vaitkus of Lithuania on Monday. "
)


def _trips(text: str) -> set[tuple[str | None, str, str]]:
    return {(r.visitor, r.host_country, r.status) for r in visit_rows(text, _DAY)}


@pytest.mark.parametrize(
    "sentence",
    [
        "On behalf of President Ilona Marek, an invitation was conveyed to the President of "
        "Lithuania Jonas Vaitkus to pay a state visit to Slovakia; the invitation was accepted "
        "with gratitude.",
        "An invitation was extended to President Vaitkus to visit Slovakia, which was accepted "
        "with gratitude.",
        "Marek renewed her invitation to the President of the Republic of Lithuania, Jonas "
        "Vaitkus, to visit Bratislava, and the Lithuanian Minister conveyed the acceptance of "
        "the invitation.",
    ],
)
def test_visit_invitations_passive_or_noun_acceptance_is_the_invitees_visit(
    sentence: str,
) -> None:
    assert _trips(_CALL + sentence) == {("Jonas Vaitkus", "SK", "announced")}


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: an invitation nobody is told to have accepted is no trip yet.
        "On behalf of President Ilona Marek, an invitation was conveyed to the President of "
        "Lithuania Jonas Vaitkus to pay a state visit to Slovakia.",
        "Marek renewed her invitation to the President of the Republic of Lithuania, Jonas "
        "Vaitkus, to visit Bratislava.",
    ],
)
def test_visit_invitations_passive_unanswered_is_no_visit(sentence: str) -> None:
    assert _trips(_CALL + sentence) == set()


_TALKS = (
    "President Ilona Marek of Slovakia received Foreign Minister Jonas Vaitkus of Lithuania in "
    "Bratislava on Monday. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Vaitkus, who invited his host to Vilnius. President Marek accepted the invitation.",
        "Mr Vaitkus invited his host to Vilnius, and President Marek accepted the invitation.",
    ],
)
def test_visit_invitations_bare_acceptance_of_a_role_invited_to_a_place(sentence: str) -> None:
    assert ("Ilona Marek", "LT", "announced") in _trips(_TALKS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: no acceptance, or an acceptance of the trip already told.
        "Mr Vaitkus invited his host to Vilnius.",
        "Mr Vaitkus thanked his host, and President Marek accepted the invitation.",
    ],
)
def test_visit_invitations_bare_acceptance_needs_a_place_invited_to(sentence: str) -> None:
    assert not any(t[0] == "Ilona Marek" for t in _trips(_TALKS + sentence))
