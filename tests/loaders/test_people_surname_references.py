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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatari Prime Minister Khalid bin Nasser arrived in Amman on Sunday. Later today, "
            "King Abdullah II received Prime Minister bin Nasser at the Palace.",
            (["Abdullah II", "Khalid bin Nasser"], "2024-05-20"),
        ),
        (
            "Belgian Prime Minister Mark van der Laan arrived in Amman on Sunday. Later today, "
            "King Abdullah II received Prime Minister van der Laan at the Palace.",
            (["Abdullah II", "Mark van der Laan"], "2024-05-20"),
        ),
    ],
)
def test_people_surname_references_with_a_lower_case_particle_meet(
    text: str, expected: tuple[list[str], str]
) -> None:
    """A family name opened by a lower-case particle ("bin Nasser", "van der Laan") refers
    back to its holder, so the talks it names have both sides."""
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 5, 20)))
    names = {p.key: p.name for p in document.people}
    assert [
        (sorted(names[k] for k in m.participants), m.date.lexical if m.date else None)
        for m in document.meetings
    ] == [expected]


def test_people_surname_references_a_particle_before_a_place_names_no_one() -> None:
    """Counter-example: the capitalised word alone after "bin" is another's name or a place."""
    text = (
        "Qatari Prime Minister Khalid bin Nasser arrived in Amman on Sunday. He praised the Emir "
        "Tamim bin Hamad, and later visited the tomb of Abdullah bin Hussein."
    )
    assert _people(text)["Khalid bin Nasser"] == 2
