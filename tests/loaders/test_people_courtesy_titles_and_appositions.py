"""A courtesy title before a name ("Ambassador", "Prince") gives way to the office written in
apposition after it, with the body the office heads."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "Ambassador Liu Fang, the Official Spokesman of the Ministry, told reporters that "
            "the talks with Peru went well.",
            "Liu Fang",
            "Official Spokesman",
        ),
        (
            "Prince Faisal Al Saud, Minister of Foreign Affairs, met Chilean Ambassador Ana Soto.",
            "Faisal Al Saud",
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_people_the_apposed_office_wins_over_a_courtesy_title(
    text: str, person: str, post: str
) -> None:
    assert {title for title, _ in people_posts(read(text))[person]} == {post}


def test_people_a_demonym_opens_no_qualified_office() -> None:
    # "Chinese" is the envoy's country, not a word of the post.
    text = "Ambassador Liu Fang, Chinese Ambassador to Peru, met Chilean Ambassador Ana Soto."
    assert {title for title, _ in people_posts(read(text))["Liu Fang"]} == {"Ambassador"}
