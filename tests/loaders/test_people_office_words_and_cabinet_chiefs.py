"""Spokespeople named after an office word ("presidential spokesman X", "his spokesman X
said") and the cabinet chiefs of Latin American and Japanese governments ("Cabinet Chief X",
"Chief Cabinet Secretary X") are people with their post."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[tuple[str, str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 2, 12)))
    return [(p.name, p.posts[0].title if p.posts else "") for p in document.people]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The president accepted, his spokesman Tomas Ibarra said.", ("Tomas Ibarra", "Spokesman")),
        (
            "Presidential spokeswoman Clara Ruiz Soto said the talks went well.",
            ("Clara Ruiz Soto", "Spokeswoman"),
        ),
        ("Cabinet Chief Tomas Ibarra also took part.", ("Tomas Ibarra", "Cabinet Chief")),
        ("Chief of Cabinet Tomas Ibarra also took part.", ("Tomas Ibarra", "Chief of Cabinet")),
        (
            "Chief Cabinet Secretary Kenji Morita told reporters on Monday.",
            ("Kenji Morita", "Chief Cabinet Secretary"),
        ),
    ],
)
def test_people_office_words_and_cabinet_chiefs_are_read(
    text: str, person: tuple[str, str]
) -> None:
    assert _people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "The presidential spokesman said the talks went well.",
        "His spokesman declined to comment on Monday.",
        "The cabinet chief said nothing about the deal.",
    ],
)
def test_people_office_words_without_a_name_are_no_person(text: str) -> None:
    assert _people(text) == []
