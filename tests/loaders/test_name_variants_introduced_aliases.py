"""A short name the story introduces for a full name ("known as Jokowi", "(Jokowi)") is the
same person wherever it is written (issue 4); without that introduction a one-word name that is
no word of the full name stays another person, as no list of nicknames decides."""

from __future__ import annotations

import pytest

from tests.loaders.reading import meetings, read


@pytest.mark.parametrize(
    "text",
    [
        "President Joko Widodo, known as Jokowi, arrived in Canberra on Tuesday. President "
        "Jokowi then met Prime Minister Anthony Albanese.",
        "President Joko Widodo (Jokowi) arrived in Canberra on Tuesday. President Jokowi then "
        "met Prime Minister Anthony Albanese.",
        "Prime Minister Somchai Wongsawat, better known as Tuk, flew to Hanoi. Prime Minister "
        "Tuk held talks with President Nguyen Minh Triet.",
    ],
)
def test_name_variants_an_introduced_short_name_is_the_same_person(text: str) -> None:
    document = read(text)
    assert len(document.people) == 2
    assert len(meetings(document)) == 1


def test_name_variants_a_short_name_never_introduced_stays_apart() -> None:
    text = (
        "President Joko Widodo arrived in Canberra on Tuesday. President Jokowi then met Prime "
        "Minister Anthony Albanese."
    )
    assert {p.name for p in read(text).people} == {"Joko Widodo", "Jokowi", "Anthony Albanese"}


def test_name_variants_a_bracketed_word_that_is_no_short_name_changes_nothing() -> None:
    text = (
        "Foreign Minister Maria Lopez (Chile) met Foreign Minister Ana Ruiz of Peru in Lima. "
        "President Gabriel Boric later met Ana Ruiz."
    )
    assert {p.name for p in read(text).people} == {"Maria Lopez", "Ana Ruiz", "Gabriel Boric"}
