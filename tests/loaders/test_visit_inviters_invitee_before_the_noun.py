"""An invitation whose invitee stands between the verb and the noun ("A extended to his
counterpart an invitation to pay a state visit to X"): A invites and hosts, the invitee who
accepts makes the announced trip."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

_FILED = datetime.date(2025, 6, 4)


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.visitor or "", r.host_country, r.start, r.status) for r in visit_rows(text, _FILED)}


def test_visit_inviters_extended_to_the_counterpart_an_invitation() -> None:
    text = (
        "President Omar Keita of Mali held talks with President Jean Adjovi in Cotonou on"
        " Tuesday. President Adjovi has extended to his Malian counterpart an invitation to pay"
        " a state visit to Benin. The invitation was accepted with pleasure."
    )
    assert ("Jean Adjovi", "BJ", None, "announced") not in _visits(text)
    assert ("Omar Keita", "BJ", None, "announced") in _visits(text)


def test_visit_inviters_renewed_to_a_friend_the_invitation_then_accepted() -> None:
    text = (
        "Before leaving, President Ivan Petrov renewed to his brother and friend the invitation"
        " to pay a visit to Bulgaria, which President Marek Dvorak accepted."
    )
    assert _visits(text) == {("Marek Dvorak", "BG", None, "announced")}


def test_visit_inviters_extended_to_a_named_invitee() -> None:
    text = (
        "President Ivan Petrov has extended to his counterpart, Marek Dvorak, an invitation to"
        " pay a state visit to Bulgaria. The invitation was accepted."
    )
    assert _visits(text) == {("Marek Dvorak", "BG", None, "announced")}


def test_visit_inviters_one_who_conveys_greetings_still_travels() -> None:
    # Counter-example: "conveyed to X the greetings" invites no one; the trip is the subject's.
    text = (
        "President Ivan Petrov conveyed to President Marek Dvorak the greetings of his people"
        " and paid an official visit to the Czech Senate in Prague on Monday."
    )
    assert {(v, h) for v, h, _, _ in _visits(text)} == {("Ivan Petrov", "CZ")}
