""" "The President and Foreign Minister X" are two people: no president holds a minister's post
beside the presidency, while joined posts of one holder stay one ("Crown Prince and Prime
Minister X")."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "The President and Foreign Minister Li Wei opened the forum in Beijing on Monday.",
            "Li Wei",
            "Minister of Foreign Affairs",
        ),
        (
            "The President and Trade Minister Ana Ruiz toured the port of Callao.",
            "Ana Ruiz",
            "Minister of Trade",
        ),
    ],
)
def test_people_president_and_minister_are_two_people(text: str, person: str, post: str) -> None:
    assert {title for title, _ in people_posts(read(text))[person]} == {post}


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "The Crown Prince and Prime Minister Khalid Al Saud received the guests in Riyadh.",
            "Khalid Al Saud",
            "Crown Prince and Prime Minister",
        ),
        (
            "Vice President and Minister of Finance Ana Lopez met the IMF team in Lima.",
            "Ana Lopez",
            "Vice President and Minister of Finance",
        ),
    ],
)
def test_people_joined_posts_of_one_holder_stay_joined(text: str, person: str, post: str) -> None:
    assert {title for title, _ in people_posts(read(text))[person]} == {post}
