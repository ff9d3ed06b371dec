"""Who is the visitor beside the people who are not: the host whose long title ("Prime
Minister of the Kingdom of X") opens an invitation clause invites, the guest after it travels;
a spouse named beside the traveller ("and the First Lady X") accompanies, and makes no visit."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read
from tests.visit_rows import visit_rows

FILED = datetime.date(2025, 4, 20)


def _trips(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(r.visitor, r.host_country, r.start) for r in visit_rows(text, FILED)]


@pytest.mark.parametrize(
    ("inviter", "city", "host"),
    [
        ("Prime Minister of the Kingdom of Norway Jonas Gahr Store", "Oslo", "NO"),
        (
            "President of the Federative Republic of Brazil Luiz Inacio Lula da Silva",
            "Brasilia",
            "BR",
        ),
        ("Prime Minister Jonas Gahr Store of Norway", "Oslo", "NO"),
    ],
)
def test_visit_visitors_the_guest_after_an_invitation_clause_travels(
    inviter: str, city: str, host: str
) -> None:
    text = (
        f"At the invitation of {inviter}, President of the Republic of Chile Gabriel Boric "
        f"and a high-ranking delegation arrived in {city} on 14 April for an official visit."
    )
    assert [(name, country) for name, country, _ in _trips(text)] == [("Gabriel Boric", host)]


def test_visit_visitors_a_courtesy_call_of_the_invited_guest_is_no_second_visit() -> None:
    text = (
        "At the invitation of Prime Minister of the Kingdom of Norway Jonas Gahr Store, "
        "President of the Republic of Chile Gabriel Boric arrived in Oslo on 14 April for an "
        "official visit to Norway from 14 to 16 April 2025.\n\n"
        "In the afternoon, President Boric paid a courtesy call on King Harald at the Royal "
        "Palace."
    )
    document = read(text, FILED)
    assert [(v.start and v.start.lexical, v.end and v.end.lexical) for v in document.visits] == [
        ("2025-04-14", "2025-04-16")
    ]
    assert dated_meetings(document) == [(["Gabriel Boric", "Harald"], "2025-04-14")]


@pytest.mark.parametrize(
    "couple",
    [
        "Chilean President Gabriel Boric and the First Lady Irina Karamanos",
        "Chilean President Gabriel Boric and his wife Irina Karamanos",
    ],
)
def test_visit_visitors_a_spouse_beside_the_traveller_makes_no_visit(couple: str) -> None:
    text = f"{couple} arrived in Hanoi on Monday for a state visit to Vietnam."
    assert [name for name, _, _ in _trips(text)] == ["Gabriel Boric"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a spouse who travels alone makes her own visit
            "First Lady Irina Karamanos arrived in Hanoi on Monday for a visit to Vietnam.",
            ["Irina Karamanos"],
        ),
        (  # a minister beside the leader is a traveller of their own
            "Chilean President Gabriel Boric and Foreign Minister Alberto van Klaveren arrived "
            "in Hanoi on Monday for a state visit to Vietnam.",
            ["Gabriel Boric", "Alberto van Klaveren"],
        ),
    ],
)
def test_visit_visitors_others_beside_the_traveller_keep_their_visits(
    text: str, names: list[str]
) -> None:
    assert [name for name, _, _ in _trips(text)] == names
