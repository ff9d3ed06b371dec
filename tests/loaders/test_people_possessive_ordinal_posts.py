"""A post given after a name with "as" or "is" and a possessive country, an ordinal or "new"
names the person and places the post: "the swearing-in of X as Cabo Verde's fifth President",
"X is Germany's Foreign Minister", "Kenya's new Finance Minister, X"."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "They attended the swearing-in of Maria Lopes as Cabo Verde's fifth President.",
            "Maria Lopes",
            ("President", "CV"),
        ),
        (
            "The inauguration of Pedro Alvarez as Chile's 40th President took place on Friday.",
            "Pedro Alvarez",
            ("President", "CL"),
        ),
        (
            "Anna Berg is Germany's Foreign Minister.",
            "Anna Berg",
            ("Minister of Foreign Affairs", "DE"),
        ),
        (
            "Kenya's new Finance Minister, John Mbadi, also attended.",
            "John Mbadi",
            ("Minister of Finance", "KE"),
        ),
    ],
)
def test_people_possessive_ordinal_posts_name_and_place(
    text: str, name: str, post: tuple[str, str]
) -> None:
    assert people_posts(read(text))[name] == {post}


@pytest.mark.parametrize(
    "text",
    [
        "The reason is Germany's Foreign Minister said no.",
        "In Paris, the choice of Anna Berg as Germany's envoy was praised.",
        "Before his speech in Ballina, the President visited a school.",
    ],
)
def test_people_possessive_ordinal_posts_no_holder(text: str) -> None:
    """Counter-examples: no name before the title, an envoy that is no listed post, and a
    place before a clause the title opens are no holders."""
    assert people_posts(read(text)) == {}
