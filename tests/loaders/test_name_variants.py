"""A full name with two surnames ("Gabriel Boric Font") and the shorter form the story then
uses ("Gabriel Boric") are one person, named by the shorter form; names the text never
shortens, or whose shorter form runs on into other capitalised words, stay as written."""

from __future__ import annotations

import datetime

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
    assert _names(text) == ["Gabriel Boric"]


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


def test_name_variants_the_name_is_the_form_the_key_is_minted_from() -> None:
    """However often the story writes the full form, the person the shorter form keys is named
    by it, so that one IRI carries one name in every document: the texts of "Rafael Ortega
    Lizcano ... Rafael Ortega" and of "Rafael Ortega" alone agree."""
    full = (
        "President Rafael Ortega Lizcano arrived in Lima on Monday. President Rafael Ortega"
        " Lizcano then laid a wreath, and Rafael Ortega told reporters the visit mattered."
    )
    document = PIPELINE(Document("t", "t", full, date=datetime.date(2023, 3, 9)))
    assert {p.key: p.name for p in document.people} == {"rafael-ortega": "Rafael Ortega"}


def test_name_variants_a_name_the_text_never_shortens_keeps_its_full_form() -> None:
    """Counter-example: without a shorter form in the text, the full form is the name."""
    text = "President Rafael Ortega Lizcano arrived in Lima on Monday. Ortega then left."
    assert _names(text) == ["Rafael Ortega Lizcano"]
