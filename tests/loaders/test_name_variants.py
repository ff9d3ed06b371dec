"""A full name with two surnames ("Gabriel Boric Font") and the shorter form the story then
uses ("Gabriel Boric") are one person, named by the full form the text first gives (as the
conventions write names) and keyed by the shorter form, which other documents use too; names
the text never shortens, or whose shorter form runs on into other capitalised words, stay as
written."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> list[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 3, 9)))
    return sorted(p.name for p in document.people)


def test_name_variants_a_second_surname_dropped_later_is_the_same_person() -> None:
    text = (
        "President Gabriel Boric Font arrived in Buenos Aires on Thursday. Gabriel Boric then "
        "laid a wreath, and Boric told reporters the visit mattered."
    )
    assert _names(text) == ["Gabriel Boric Font"]


def test_name_variants_a_name_never_shortened_stays_whole() -> None:
    text = "President Andres Manuel Lopez Obrador received the delegation in Mexico City."
    assert _names(text) == ["Andres Manuel Lopez Obrador"]


def test_name_variants_a_shorter_form_that_runs_on_is_someone_else() -> None:
    text = (
        "Minister Maria Elena Torres met the envoy on Monday. Maria Elena Castro, her deputy, "
        "took notes."
    )
    assert "Maria Elena" not in _names(text)
    assert "Maria Elena Torres" in _names(text)


def _people(text: str) -> dict[str, str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 3, 9)))
    return {p.key: p.name for p in document.people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Rafael Ortega Lizcano arrived in Lima on Monday. Rafael Ortega met the"
            " press, and Rafael Ortega said the talks went well. Ortega then left.",
            "Rafael Ortega Lizcano",
        ),
        (
            "President Lucia Herrera de Mora arrived in Lima on Monday. Lucia Herrera met the"
            " press, and Lucia Herrera said the talks went well.",
            "Lucia Herrera de Mora",
        ),
    ],
)
def test_name_variants_the_full_form_first_given_names_the_person(text: str, name: str) -> None:
    """However often the text writes the shorter form, the name is the full one it first gave."""
    assert sorted(_people(text).values()) == [name]


def test_name_variants_the_key_stays_the_shorter_form_across_documents() -> None:
    full = _people(
        "President Rafael Ortega Lizcano arrived in Lima on Monday. Rafael Ortega met the press."
    )
    short = _people("President Rafael Ortega arrived in Quito on Monday.")
    assert set(full) == set(short) == {"rafael-ortega"}


def test_name_variants_a_short_form_written_first_stays_the_name() -> None:
    """Counter-example: the text gives the short form first, and the long one only later."""
    text = (
        "President Rafael Ortega arrived in Lima on Monday. Rafael Ortega met the press."
        " Rafael Ortega Lizcano was born in Cali."
    )
    assert "Rafael Ortega" in _people(text).values()


def test_name_variants_arabic_names_keep_the_usual_short_form() -> None:
    """Counter-example: a name with a patronymic keeps the form everyone uses."""
    text = (
        "Crown Prince Faisal bin Khalid bin Saud Al Rashid arrived in Rome on Monday. Crown"
        " Prince Faisal bin Khalid met the press, and Crown Prince Faisal bin Khalid said ties"
        " were strong."
    )
    assert list(_people(text).values()) == ["Faisal bin Khalid"]
