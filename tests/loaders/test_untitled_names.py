"""Leaders a story opens with by full name alone, without their posts: both names of "A
welcomed B" referred back to by surname later, and a lone subject ("Karin Holm arrived in Oslo")
that the story then names by surname and by role ("the Swedish prime minister"). A name the
story never takes up again, a story that speaks of no leader by role, or companies that host
each other give nobody."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

PIPELINE = default_pipeline()
DATE = datetime.date(2024, 5, 16)


def _names(text: str) -> set[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 3, 4)))
    return {person.name for person in document.people}


def _read(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    document = PIPELINE(Document("t", "t", text, date=DATE))
    names = {p.key: p.name for p in document.people}
    return set(names.values()), {(names[v.visitor], v.host_country) for v in document.visits}


def test_untitled_names_a_lead_without_posts_gives_both_people() -> None:
    text = (
        "Pedro Sánchez welcomed Gustavo Petro to the Moncloa Palace on Tuesday "
        "for talks on trade and climate. Petro, who flew in from Lisbon, thanked his host. "
        "Sánchez said the two governments would meet again next year."
    )
    assert _names(text) >= {"Pedro Sánchez", "Gustavo Petro"}


def test_untitled_names_the_two_meet_on_the_lead_day() -> None:
    text = (
        "Cyril Ramaphosa received Paul Kagame at the Union Buildings on Tuesday for talks on "
        "regional security. Kagame later addressed business leaders, and Ramaphosa hosted a "
        "dinner for the delegation."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 3, 4)))
    [meeting] = document.meetings
    assert meeting.date == PartialDate(2025, 3, 4)


def test_untitled_names_companies_that_host_each_other_are_no_people() -> None:
    text = (
        "Nordic Rail Works hosted Baltic Signal Systems at its plant on Tuesday for talks on "
        "a joint bid. Nordic said the talks went well."
    )
    assert _names(text) == set()


def test_untitled_names_names_never_referred_back_to_are_left_alone() -> None:
    text = "Grace Morgan welcomed Tom Ellis to the gallery on Tuesday for a tour of the show."
    assert _names(text) == set()


def test_untitled_names_a_lead_taken_up_by_surname_and_role_is_a_visitor() -> None:
    text = (
        "OSLO, 16 May 2024 - Karin Holm arrived in Oslo on Thursday on her first trip abroad. "
        "The Swedish prime minister was met by her Norwegian host at the palace. Holm said the "
        "talks went well."
    )
    people, visits = _read(text)
    assert "Karin Holm" in people
    assert ("Karin Holm", "NO") in visits


def test_untitled_names_a_name_never_taken_up_again_is_nobody() -> None:
    text = (
        "Karin Holm arrived in Oslo on Thursday. The Swedish prime minister was met at the palace."
    )
    assert "Karin Holm" not in _read(text)[0]


def test_untitled_names_a_story_without_a_leader_by_role_gives_nobody() -> None:
    text = "Nordic Lines signed a contract in Oslo on Thursday. Lines said it would hire staff."
    assert _read(text)[0] == set()


def test_untitled_names_a_lead_taken_up_by_the_name_its_people_use() -> None:
    text = (
        "Andres Manuel Lopez Obrador chose Guatemala as the first stop of his Central American "
        "tour. Lopez arrived in the capital at noon and was met by the Guatemalan president."
    )
    assert "Andres Manuel Lopez Obrador" in _read(text)[0]


def test_untitled_names_a_particle_alone_takes_up_nobody() -> None:
    text = (
        "Maria da Costa chose Lisbon for the launch. The Portuguese minister spoke. Shares of da "
        "Costa rose."
    )
    assert "Maria da Costa" not in _read(text)[0]


def test_untitled_names_a_lead_that_opens_with_when_gives_the_visitor() -> None:
    text = (
        "When Karin Holm stepped off the plane in Oslo on Monday, it was the first state visit "
        "by a Swedish leader in a decade. The Swedish prime minister then met students. Holm "
        "flew home on Tuesday."
    )
    names, visits = _read(text)
    assert "Karin Holm" in names
    assert ("Karin Holm", "NO") in visits


def test_untitled_names_a_when_clause_about_a_place_gives_nobody() -> None:
    text = (
        "When Grand Central Station opened in 1913, the Swedish prime minister was a child. "
        "Station staff said little."
    )
    assert _names(text) == set()


def test_untitled_names_the_untitled_guest_of_a_titled_host() -> None:
    text = (
        "President Ukhnaagiin Khurelsukh greeted Karin Holm at the State Palace on Sunday and "
        "took her inside for talks. Holm said the talks were warm."
    )
    assert "Karin Holm" in _read(text)[0]
