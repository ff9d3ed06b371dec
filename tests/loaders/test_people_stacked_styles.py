"""Commonwealth releases stack forms of address between a post and the name, joined by a
lower-case "the" ("Governor-General, Her Excellency the Most Hon. Dame X", "Senator the Hon.
X"): the post is still the holder's, and no words before a form of address become a name."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "She was welcomed by the Governor-General, Her Excellency the Most Hon. Dame Ruth "
            "Mallory, at the airport.",
            "Ruth Mallory",
            "Governor-General",
        ),
        (
            "Prime Minister the Most Hon. Desmond Clarke opened the new port.",
            "Desmond Clarke",
            "Prime Minister",
        ),
        (
            "Prime Minister the Rt. Hon. Desmond Clarke opened the new port.",
            "Desmond Clarke",
            "Prime Minister",
        ),
    ],
)
def test_people_stacked_styles_the_post_before_the_styles_is_the_holders(
    text: str, name: str, post: str
) -> None:
    assert post in {title for title, _ in people_posts(read(text, _DAY))[name]}


def test_people_stacked_styles_a_portfolio_before_a_styled_name_is_no_person() -> None:
    text = (
        "The Minister of Culture and Sport, Senator the Hon. Lorna Baptiste, opened the festival."
    )
    posts = people_posts(read(text, _DAY))
    assert set(posts) == {"Lorna Baptiste"}
    assert "Minister of Culture and Sport" in {title for title, _ in posts["Lorna Baptiste"]}
