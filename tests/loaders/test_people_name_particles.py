"""A family name with particles ("von der", "van der", "de", "dos", "bin") keeps them: the
person is named in full, and the family name alone refers back to them."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, int]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 3, 4)))
    return {p.name: len(p.mentions) for p in document.people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Commission President Greta von der Aue met Austrian Chancellor Paul Gruber in "
            "Vienna. Von der Aue praised the talks.",
            {"Greta von der Aue": 2, "Paul Gruber": 1},
        ),
        (
            "Dutch Prime Minister Pieter van der Molen arrived in Oslo on Monday. Van der Molen "
            "met Norwegian Prime Minister Kari Lunde.",
            {"Pieter van der Molen": 2, "Kari Lunde": 1},
        ),
        (
            "Former French President Louis de Brissac visited Bonn. De Brissac was warmly "
            "received.",
            {"Louis de Brissac": 2},
        ),
        (
            "Angolan President Manuel dos Reis arrived in Lisbon on Friday.",
            {"Manuel dos Reis": 1},
        ),
        (
            "Omani Foreign Minister Badr bin Hamad Al Busaidi met Jordanian Foreign Minister "
            "Ayman Safadi in Amman.",
            {"Badr bin Hamad Al Busaidi": 1, "Ayman Safadi": 1},
        ),
    ],
)
def test_people_name_particles_keep_the_full_name(text: str, expected: dict[str, int]) -> None:
    assert _people(text) == expected


def test_people_name_particles_lower_case_word_after_a_name_is_no_particle() -> None:
    text = "German Chancellor Olaf Berger de facto ended the talks in Paris."
    assert set(_people(text)) == {"Olaf Berger"}


@pytest.mark.parametrize(
    ("text", "name", "reference"),
    [
        (
            "Saudi Crown Prince Khalid bin Fahd met Omani Foreign Minister Salim Al Busaidi. "
            "Bin Fahd said ties were strong.",
            "Khalid bin Fahd",
            "Bin Fahd",
        ),
        (
            "Commission President Greta von der Aue met Chancellor Paul Gruber. Von der Aue's "
            "aides were pleased.",
            "Greta von der Aue",
            "Von der Aue",
        ),
        (
            "Colombian President Ana de la Cruz met Peruvian President Luis Vargas. De la Cruz "
            "said little.",
            "Ana de la Cruz",
            "De la Cruz",
        ),
    ],
)
def test_people_name_particles_family_name_with_its_particles_refers_back(
    text: str, name: str, reference: str
) -> None:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 3, 4)))
    person = next(p for p in document.people if p.name == name)
    assert [text[m.start : m.end] for m in person.mentions][-1] == reference
