"""A lower-case title with no article after "by", "with" or "included" opens the name after it
("joined by chief of staff X", "by head of the Prime Minister's Office Y"); a demonym's phrase
ends at a verb, so the words between are no part of the post."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("She was joined by chief of staff Ivana Dvorak.", "Ivana Dvorak", "Chief of Staff"),
        (
            "She was joined by head of the Prime Minister's Office Tomas Varga.",
            "Tomas Varga",
            "Head of the Prime Minister's Office",
        ),
        (
            "The talks were attended by head of the Presidential Office Kim Min-jun.",
            "Kim Min-jun",
            "Head of the Presidential Office",
        ),
        (
            "The Czech delegation included chief of staff Ivana Dvorak.",
            "Ivana Dvorak",
            "Chief of Staff",
        ),
    ],
)
def test_person_lower_titles_bare_offices_name_the_holder(text: str, name: str, title: str) -> None:
    assert {t for t, _ in people_posts(read(text))[name]} == {title}


@pytest.mark.parametrize(
    "text",
    [
        "She met with head of state protocol on Monday.",
        "The delegation was welcomed by head chef Marco Rossi.",
        "The visit was praised by chief of staff of the army.",
    ],
)
def test_person_lower_titles_bare_offices_need_an_office_and_a_name(text: str) -> None:
    """Counter-examples: "head" with no office it heads, and a title with no name after it."""
    assert people_posts(read(text)) == {}
