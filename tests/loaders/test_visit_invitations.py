"""Invitations to attend an event abroad or to come to a city, once accepted, are announced
visits; "the President of Chile" refers back to the person holding that post."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.visitor or "", r.host_country, r.start, r.status) for r in visit_rows(text)}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Italian Prime Minister Giorgia Meloni invited Kenyan President William Ruto to attend "
            "the food security summit in Rome. Ruto accepted.",
            ("William Ruto", "IT", None, "announced"),
        ),
        (
            "Peruvian President Dina Boluarte invited Chilean President Gabriel Boric to Lima "
            "for the next cabinet meeting. Boric accepted the invitation.",
            ("Gabriel Boric", "PE", None, "announced"),
        ),
        (
            "Peruvian President Dina Boluarte met Chilean President Gabriel Boric. She invited "
            "the President of Chile to the Pacific Alliance summit, which will be held in Peru "
            "in 2026. He accepted.",
            ("Gabriel Boric", "PE", "2026", "announced"),
        ),
    ],
)
def test_visit_invitations_to_attend_or_to_a_city(
    text: str, visit: tuple[str, str, str | None, str]
) -> None:
    assert visit in _visits(text)


def test_visit_invitations_to_a_place_at_home_is_no_visit() -> None:
    text = "Chilean President Gabriel Boric invited Chilean business leaders to Santiago."
    assert _visits(text) == set()


def test_visit_invitation_accepted_to_address_a_parliament_abroad() -> None:
    text = (
        "Prime Minister James Marape accepted an invitation to address the Australian "
        "Parliament in Canberra in February."
    )
    rows = visit_rows(text, datetime.date(2023, 1, 12))
    assert [(r.host_country, r.start, r.status) for r in rows] == [("AU", "2023-02", "announced")]
    text = (
        "Chilean President Gabriel Boric accepted an invitation from President Lula to attend "
        "the climate summit in Belém in November."
    )
    rows = visit_rows(text, datetime.date(2025, 6, 2))
    assert [(r.host_country, r.start, r.status) for r in rows] == [("BR", "2025-11", "announced")]


def test_visit_invitations_the_host_named_after_a_post_in_apposition_is_no_visitor() -> None:
    text = (
        "At the invitation of the President of Kenya, Mr William Ruto, President Ana Lopes of "
        "Portugal paid a state visit to Kenya on 11 September 2023."
    )
    rows = visit_rows(text, datetime.date(2023, 9, 12))
    assert [(r.visitor, r.host_country) for r in rows] == [("Ana Lopes", "KE")]


def test_visit_invitations_to_visit_an_invitee_named_in_apposition_is_announced() -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva invited the King of Jordan, Abdullah II,"
        " to pay a visit to Brasilia at a convenient time, and the invitation was accepted."
    )
    assert _visits(text) == {("Abdullah II", "BR", None, "announced")}


def test_visit_invitations_a_trip_made_at_an_invitation_happened() -> None:
    """Counter-example: the invitation is behind the trip, told as made."""
    text = (
        "The King of Jordan, Abdullah II, invited by Brazilian President Luiz Inacio Lula da"
        " Silva, visited Brasilia on 4 May 2025."
    )
    assert _visits(text) == {("Abdullah II", "BR", "2025-05-04", "happened")}
