"""Names are read without the honorifics of the culture that writes them: Malaysian and Bruneian
titles stacked before a name ("Datuk Seri Utama Haji"), West African "Alhaji", Cambodian
"Samdech", South Asian "Begum", party "Comrade"; and "Canciller", the foreign minister of
Spanish-speaking countries, is a post."""

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
            "Also present was Foreign Minister Datuk Seri Utama Haji Rahman Haji Yusof.",
            "Rahman Haji Yusof",
        ),
        ("Deputy Minister Dato' Sri Lim Wei Kiat signed the memorandum.", "Lim Wei Kiat"),
        ("The talks were attended by Tan Sri Aziz Hamid, the envoy.", "Aziz Hamid"),
        ("Trade Minister Alhaji Musa Danladi led the Nigerian side.", "Musa Danladi"),
        ("Prime Minister Samdech Techo Hun Manet received the delegation.", "Hun Manet"),
        ("President Comrade Vo Van Minh chaired the session.", "Vo Van Minh"),
    ],
)
def test_people_honorifics_of_many_cultures_are_not_part_of_the_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Finance Minister Sri Mulyani Indrawati presented the budget.", "Sri Mulyani Indrawati"),
        ("Trade Minister Don Farrell met his counterpart.", "Don Farrell"),
    ],
)
def test_people_honorifics_of_many_cultures_leave_given_names_alone(text: str, name: str) -> None:
    """Counter-examples: "Sri" and "Don" are given names too, so they are no honorifics."""
    assert name in _names(text)


def test_people_canciller_is_the_foreign_minister() -> None:
    text = "The meeting was attended by the Peruvian Canciller, Javier Salas."
    people = PIPELINE(Document("t", "t", text)).people
    assert [(p.name, [q.title for q in p.posts]) for p in people] == [
        ("Javier Salas", ["Minister of Foreign Affairs"])
    ]
