"""Military ranks written in other orders and Samoan forms of address are no names (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "General Major Tomas Dvorak of Slovakia visited Hungary on Monday.",
            "Tomas Dvorak",
            ("General Major", "SK"),
        ),
        (
            "Colonel General Oleg Sidorov of Belarus flew to Beijing for talks.",
            "Oleg Sidorov",
            ("Colonel General", "BY"),
        ),
        (
            "Air Chief Marshal Arun Rao of India arrived in Canberra on Friday.",
            "Arun Rao",
            ("Air Chief Marshal", "IN"),
        ),
    ],
)
def test_people_a_rank_of_two_words_stays_out_of_the_name(
    text: str, name: str, post: tuple[str, str]
) -> None:
    assert people_posts(read(text)) == {name: {post}}


def test_people_a_samoan_form_of_address_stays_out_of_the_name() -> None:
    text = "Afioga Tuilaepa Malielegaoi of Samoa visited New Zealand in May."
    assert list(people_posts(read(text))) == ["Tuilaepa Malielegaoi"]


def test_people_a_rank_word_that_is_a_surname_stays_in_the_name() -> None:
    """Counter-example: "Major" after a given name is a family name, not a rank."""
    text = "Former British Prime Minister John Major visited Ireland on Monday."
    assert "John Major" in people_posts(read(text))
