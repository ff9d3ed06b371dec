"""The one who invites hosts the trip; the invitee, or the one who accepts, makes it."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_FILED = datetime.date(2025, 2, 10)


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.visitor or "", r.host_country, r.start, r.status) for r in visit_rows(text, _FILED)}


def test_visit_inviters_the_acceptor_of_someones_invitation_makes_the_trip() -> None:
    text = (
        "Kazakh President Kassym-Jomart Tokayev held talks with President Erdogan by phone. "
        "Tokayev accepted Erdogan's invitation to visit Turkey at a convenient time, the "
        "office said."
    )
    assert _visits(text) == {("Kassym-Jomart Tokayev", "TR", None, "announced")}


def test_visit_inviters_an_unnamed_invitee_who_accepts_later_in_the_sentence() -> None:
    text = (
        "Foreign Minister Margus Tsahkna met Foreign Minister Radoslaw Sikorski. Minister "
        "Tsahkna invited his counterpart to visit Tallinn, and Sikorski accepted the invitation "
        "to come in May."
    )
    assert _visits(text) == {("Radoslaw Sikorski", "EE", "2025-05", "announced")}


def test_visit_inviters_the_invitee_of_the_noun_invitation_to() -> None:
    text = (
        "Prime Minister Nikol Pashinyan reaffirmed his invitation to President Ilham Aliyev to "
        "pay a visit to Armenia in June, and Aliyev accepted."
    )
    assert _visits(text) == {("Ilham Aliyev", "AM", "2025-06", "announced")}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # the owner of a visit is still its visitor
        (
            "Chancellor Olaf Scholz's visit to Kenya on Friday was his first to Africa.",
            ("Olaf Scholz", "KE"),
        ),
        # the inviter of one trip may make a trip of their own in the same sentence
        (
            "President Lula visited Angola on Friday and invited President Joao Lourenco to "
            "visit Brazil next year, and Lourenco accepted.",
            ("Lula", "AO"),
        ),
    ],
)
def test_visit_inviters_owners_and_own_trips_keep_their_visitor(
    text: str, visit: tuple[str, str]
) -> None:
    assert visit in {(r.visitor, r.host_country) for r in visit_rows(text, _FILED)}
