"""An arrival told as a fronted participle ("Arrived in Rabat on Monday, the head of the
Senegalese diplomacy was received the same day by the Deputy Minister, X") is the trip of the
main clause's subject, not of the one who receives, even with a time between "received" and
"by"; the visit the story told first keeps its visitor."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read, visits

FILED = datetime.date(2025, 2, 13)
TOLD = (
    "Senegal's Minister of African Integration and Foreign Affairs Yassine Fall paid an official"
    " visit to the Kingdom of Morocco from 10 to 12 February 2025, at the invitation of her"
    " counterpart Nasser Bourita.\n\n"
)


def test_visit_visitors_fronted_arrival_is_not_the_receivers_trip() -> None:
    text = (
        TOLD + "Arrived in Rabat on Monday 10 February, the head of the Senegalese diplomacy was"
        " received the same day by the Deputy Minister of Foreign Affairs, Karim Tazi, with whom"
        " she prepared the programme of the visit."
    )
    assert dated_visits(read(text, FILED)) == {("Yassine Fall", "MA", "2025-02-10")}


def test_visit_visitors_fronted_arrival_is_the_subjects_trip() -> None:
    text = (
        "The Minister of Foreign Affairs of Senegal, Yassine Fall, paid an official visit to the"
        " Kingdom of Morocco from 10 to 12 February 2025.\n\n"
        "Arrived in Rabat on Monday 10 February, the head of the Senegalese diplomacy was received"
        " the same day by the Deputy Minister of Foreign Affairs, Karim Tazi."
    )
    document = read(text, FILED)
    assert dated_visits(document) == {("Yassine Fall", "MA", "2025-02-10")}
    # the arrival is told of the same visit: both sentences are its sources
    assert [len(v.evidence) for v in document.visits] == [2]


def test_visit_visitors_received_later_by_a_host_is_no_visitor() -> None:
    # Counter-example: the subject is no person, and the host is still no visitor.
    text = (
        "Arrived in Rabat on Monday 10 February 2025, the Senegalese delegation was received the"
        " same day by the Deputy Minister of Foreign Affairs, Karim Tazi, with whom it prepared"
        " the programme of the visit."
    )
    assert visits(read(text, FILED)) == set()


def test_visit_visitors_head_of_a_welcomed_delegation_stays_the_visitor() -> None:
    # Counter-example: "welcomed the delegation headed by X" names X as the guest, not a host.
    text = (
        "RABAT, Feb 11, 2025 - Prime Minister Aziz Akhannouch on Monday welcomed the delegation"
        " headed by Senegalese Prime Minister Ousmane Sonko for a two-day working visit to"
        " Morocco."
    )
    assert visits(read(text, FILED)) == {("Ousmane Sonko", "MA")}
