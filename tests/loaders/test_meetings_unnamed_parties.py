"""Talks whose people the sentence does not name: "the two leaders held a tête-à-tête", "the
visiting premier was received by the President", and a host whose country goes unsaid."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str, date: datetime.date) -> list[tuple[set[str], str | None]]:
    document = PIPELINE(Document("t", "t", text, date=date))
    names = {p.key: p.name.split()[-1] for p in document.people}
    return [
        ({names[k] for k in m.participants}, m.date.lexical if m.date else None)
        for m in document.meetings
    ]


def test_meetings_the_two_leaders_held_a_tete_a_tete() -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva arrived in Buenos Aires on Monday on a "
        "state visit to Argentina. Argentine President Alberto Fernández called the visit "
        "historic. The two leaders held a tête-à-tête at the Casa Rosada on Monday."
    )
    assert _meetings(text, datetime.date(2023, 1, 24)) == [({"Silva", "Fernández"}, "2023-01-23")]
    text = (
        "Kenyan President William Ruto arrived in Dar es Salaam on Sunday on a state visit to "
        "Tanzania. Tanzanian President Samia Suluhu Hassan said the two countries were brothers. "
        "On Sunday the two presidents held a tete-a-tete."
    )
    assert _meetings(text, datetime.date(2022, 10, 10)) == [({"Ruto", "Hassan"}, "2022-10-09")]


def test_meetings_the_visiting_premier_is_the_visitor_of_the_visit_under_way() -> None:
    text = (
        "Georgian Prime Minister Irakli Kobakhidze arrived in Baku on Monday on an official "
        "visit to Azerbaijan. Later the visiting premier was received by the President of "
        "Azerbaijan, Ilham Aliyev."
    )
    assert ({"Kobakhidze", "Aliyev"}, "2024-05-20") in _meetings(text, datetime.date(2024, 5, 21))
    text = (
        "Indonesian President Joko Widodo arrived in Hanoi on Thursday on a state visit to "
        "Vietnam. On Friday the visiting president met Prime Minister Pham Minh Chinh."
    )
    assert ({"Widodo", "Chinh"}, "2024-01-12") in _meetings(text, datetime.date(2024, 1, 13))


def test_meetings_a_host_whose_country_goes_unsaid_is_the_other_principal() -> None:
    text = (
        " date 2023-01-12\nPrime Minister James Marape welcomed Anthony Albanese, Prime Minister "
        "of Australia, who arrived in Port Moresby yesterday on an official visit. The two "
        "Prime Ministers held a bilateral meeting at Parliament House this morning."
    )
    assert ({"Albanese", "Marape"}, "2023-01-12") in _meetings(text, datetime.date(2023, 1, 12))


def test_meetings_talks_that_one_held_with_another() -> None:
    text = (
        "The call followed the talks that Foreign Minister Pekka Haavisto of Finland held with "
        "Turkish Foreign Minister Mevlüt Çavuşoğlu in Berlin on Sunday."
    )
    assert _meetings(text, datetime.date(2022, 5, 21)) == [
        ({"Haavisto", "Çavuşoğlu"}, "2022-05-15")
    ]
    text = (
        "Officials praised the discussions that Indian External Affairs Minister S. Jaishankar "
        "held with Chinese Foreign Minister Wang Yi in Vientiane on 25 July."
    )
    assert _meetings(text, datetime.date(2024, 7, 27)) == [({"Jaishankar", "Yi"}, "2024-07-25")]
