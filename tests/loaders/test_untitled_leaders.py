"""Leaders a lead names in full without their posts, referred back to by surname later."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

PIPELINE = default_pipeline()


def _names(text: str) -> set[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 3, 4)))
    return {person.name for person in document.people}


def test_untitled_leaders_a_lead_without_posts_gives_both_people() -> None:
    text = (
        "Pedro Sánchez welcomed Gustavo Petro to the Moncloa Palace on Tuesday "
        "for talks on trade and climate. Petro, who flew in from Lisbon, thanked his host. "
        "Sánchez said the two governments would meet again next year."
    )
    assert _names(text) >= {"Pedro Sánchez", "Gustavo Petro"}


def test_untitled_leaders_the_two_meet_on_the_lead_day() -> None:
    text = (
        "Cyril Ramaphosa received Paul Kagame at the Union Buildings on Tuesday for talks on "
        "regional security. Kagame later addressed business leaders, and Ramaphosa hosted a "
        "dinner for the delegation."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 3, 4)))
    [meeting] = document.meetings
    assert meeting.date == PartialDate(2025, 3, 4)


def test_untitled_leaders_companies_that_host_each_other_are_no_people() -> None:
    text = (
        "Nordic Rail Works hosted Baltic Signal Systems at its plant on Tuesday for talks on "
        "a joint bid. Nordic said the talks went well."
    )
    assert _names(text) == set()


def test_untitled_leaders_names_never_referred_back_to_are_left_alone() -> None:
    text = "Grace Morgan welcomed Tom Ellis to the gallery on Tuesday for a tour of the show."
    assert _names(text) == set()
