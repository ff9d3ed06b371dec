"""Two people may share a family name: a surname after another given name ("his son Daniel
Rojas" beside "President Tomas Rojas") is not the person the text introduced."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _mentions(text: str) -> dict[str, list[str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 1, 15)))
    return {p.name: [text[m.start : m.end] for m in p.mentions] for p in document.people}


@pytest.mark.parametrize(
    "middle",
    [
        "His son Daniel Rojas stayed in Santiago.",
        "The first lady, Elena Rojas, did not travel.",
        "Daniel Rojas, his brother, flew home on Monday.",
    ],
)
def test_people_shared_surnames_other_given_name_is_another_person(middle: str) -> None:
    text = (
        f"Chilean President Tomas Rojas arrived in Lima on Sunday. {middle} Rojas later met "
        "Peruvian President Ana Flores."
    )
    assert _mentions(text)["Tomas Rojas"] == ["Tomas Rojas", "Rojas"]


@pytest.mark.parametrize(
    ("later", "reference"),
    [
        ("When Rojas met Peruvian President Ana Flores, the talks went well.", "Rojas"),
        ("Later President Rojas met Peruvian President Ana Flores.", "Rojas"),
        ("Mr Rojas met Peruvian President Ana Flores on Monday.", "Rojas"),
        ("In March Rojas met Peruvian President Ana Flores.", "Rojas"),
    ],
)
def test_people_shared_surnames_titles_and_ordinary_words_keep_the_reference(
    later: str, reference: str
) -> None:
    text = f"Chilean President Tomas Rojas arrived in Lima on Sunday. {later}"
    assert _mentions(text)["Tomas Rojas"] == ["Tomas Rojas", reference]


def test_people_shared_surnames_given_name_of_a_person_known_by_surname() -> None:
    text = (
        "The talks with President Rojas of Chile began on Monday. Tomas Rojas thanked his "
        "hosts in Lima."
    )
    people = _mentions(text)
    assert sum(len(m) for m in people.values()) == 2
    assert len(people) == 1
