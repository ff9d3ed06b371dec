"""A person is named the way the document usually writes them, not by a one-off formal form."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> list[str]:
    return [p.name for p in PIPELINE(Document("t", "t", text)).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Foreign Minister Prince Faisal bin Farhan bin Abdullah Al Saud arrived in Seoul. "
            "Later, Prince Faisal bin Farhan and the Korean Foreign Minister signed a memorandum.",
            "Faisal bin Farhan",
        ),
        (
            "Emir Sheikh Sabah Al-Khalid bin Ahmad Al-Sabah landed in Tokyo. "
            "Sheikh Sabah Al-Khalid held talks with Japanese ministers. "
            "Sheikh Sabah Al-Khalid also toured a port.",
            "Sabah Al-Khalid",
        ),
    ],
)
def test_people_usual_name_prefers_the_everyday_form(text: str, name: str) -> None:
    assert name in _names(text)


def test_people_usual_name_keeps_a_full_name_given_once_over_the_surname() -> None:
    text = "Chilean President Gabriel Boric Font visited Lima. Boric met Peruvian officials."
    assert "Gabriel Boric Font" in _names(text)


def test_people_usual_name_a_middle_name_people_go_by_is_the_same_person() -> None:
    text = (
        "Bolivian President Juan Evo Morales Ayma arrived in Quito. "
        "President Morales then met Ecuadorian President Rafael Correa."
    )
    assert _names(text) == ["Juan Evo Morales Ayma", "Rafael Correa"]
