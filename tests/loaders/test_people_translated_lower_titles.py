"""Translations write "the chancellor Maria Lopez": a head's lower-case title after "the" and
before a full name names that person, with the post as written."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "The chancellor Maria Lopez met Spanish Foreign Minister Juan Ortiz in Madrid.",
            "Maria Lopez",
            "Chancellor",
        ),
        (
            "On Monday the chancellor Rafael Soto received the Brazilian delegation in Lima.",
            "Rafael Soto",
            "Chancellor",
        ),
        ("The president Ana Ruiz met the guests in Quito.", "Ana Ruiz", "President"),
    ],
)
def test_people_a_lower_title_after_the_names_the_full_name_after_it(
    text: str, person: str, post: str
) -> None:
    assert {title for title, _ in people_posts(read(text))[person]} == {post}


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor Monday said the budget was ready.",
        "The president New Zealand elected was absent from the summit.",
    ],
)
def test_people_a_lower_title_before_no_full_name_names_nobody(text: str) -> None:
    assert people_posts(read(text)) == {}
