"""A surname alone refers back to the person the text introduced with a full name and a post;
a surname the text never introduced names no one (no list of famous names is used)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, int]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 5, 20)))
    return {p.name: len(p.mentions) for p in document.people}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Tomas Rojas met Peruvian President Ana Flores. Rojas said the talks "
        "were frank.",
        "Chilean President Tomas Rojas met Peruvian President Ana Flores. The 61-year-old Rojas "
        "called the meeting historic.",
        "Chilean President Tomas Rojas met Peruvian President Ana Flores. Mr Rojas thanked "
        "his host.",
        "Chilean President Tomas Rojas met Peruvian President Ana Flores. Rojas's aides said "
        "little.",
    ],
)
def test_people_surname_refers_to_the_person_introduced_before(text: str) -> None:
    assert _people(text) == {"Tomas Rojas": 2, "Ana Flores": 1}


def test_people_family_name_first_and_usual_name_refer_back() -> None:
    text = (
        "Vietnamese Prime Minister Pham Minh Chinh met Malaysian Prime Minister Anwar Ibrahim. "
        "Chinh said trade would grow, and Anwar agreed."
    )
    assert _people(text) == {"Pham Minh Chinh": 2, "Anwar Ibrahim": 2}


@pytest.mark.parametrize(
    "text",
    [
        "Biden said the talks were candid, and Xi agreed.",
        "Chilean President Tomas Rojas arrived in Lima. Merkel had visited the city in 2019.",
    ],
)
def test_people_surname_never_introduced_names_no_one(text: str) -> None:
    people = _people(text)
    assert not {"Biden", "Xi", "Merkel"} & set(people)
