"""Titles written in lower case after a demonym, as British papers and much wire copy write
them: "Chinese premier Li Qiang", "Japanese education minister Masahito Moriyama"."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, set[str | None]]:
    document = PIPELINE(Document("t", "t", text))
    return {p.name: {post.country for post in p.posts} for p in document.people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Chinese premier Li Qiang arrived in Canberra on Saturday.", "Li Qiang", "CN"),
        (
            "Japanese education minister Masahito Moriyama signed the arrangement.",
            "Masahito Moriyama",
            "JP",
        ),
        (
            "The talks were led by Australian prime minister Anthony Albanese.",
            "Anthony Albanese",
            "AU",
        ),
    ],
)
def test_people_lower_case_title_after_a_demonym_names_a_person(
    text: str, name: str, country: str
) -> None:
    assert _people(text).get(name) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese premier said on Monday that trade would grow.",
        "The Indian operator is building the airport with its Greek partner Astra Holdings.",
    ],
)
def test_people_lower_case_title_without_a_name_or_of_a_firm_is_no_person(text: str) -> None:
    assert _people(text) == {}


def test_people_lower_case_title_that_opens_a_sentence_names_a_person() -> None:
    text = (
        "Presidential aide Oleg Markin said the date was agreed. Press secretary Dana White "
        "confirmed it."
    )
    document = PIPELINE(Document("t", "t", text))
    assert {p.name: [q.title for q in p.posts] for p in document.people} == {
        "Oleg Markin": ["Presidential Aide"],
        "Dana White": ["Press Secretary"],
    }


def test_people_plural_title_that_opens_a_sentence_names_no_one() -> None:
    text = "Prime ministers of both countries met in Riga on Monday."
    assert PIPELINE(Document("t", "t", text)).people == ()
