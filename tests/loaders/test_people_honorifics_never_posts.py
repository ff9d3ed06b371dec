"""A form of address ("Sheikh") names a person but is no post, and ends the portfolio before it."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Sheikh Hamad Al Nahyan met Indian Prime Minister Ravi Kumar in Abu Dhabi.",
            "Hamad Al Nahyan",
        ),
        (
            "Kenyan President Daniel Kiptoo received Shaikh Nasser Al Khalifa in Nairobi.",
            "Nasser Al Khalifa",
        ),
    ],
)
def test_people_honorific_alone_gives_no_post(text: str, person: str) -> None:
    assert people_posts(read(text))[person] == set()


def test_people_honorific_gives_way_to_the_post_after_the_name() -> None:
    text = "The Emir of Qatar received Sheikh Omar Al Thani, Minister of Finance, in Doha."
    assert people_posts(read(text))["Omar Al Thani"] == {("Minister of Finance", None)}


def test_people_a_form_of_address_ends_the_portfolio_before_it() -> None:
    text = (
        "The talks were attended, from the Kuwaiti side, by Sheikh Khalid Al Mansoori, "
        "Minister of Foreign Affairs, and Sheikh Ali Al Sabah, Minister of Finance."
    )
    posts = people_posts(read(text))
    assert posts["Khalid Al Mansoori"] == {("Minister of Foreign Affairs", "KW")}
    assert posts["Ali Al Sabah"] == {("Minister of Finance", "KW")}


def test_people_a_city_after_a_form_of_address_is_a_given_name() -> None:
    text = "The talks were attended by Sheikh Salem Al Mansoori, Minister of Foreign Affairs."
    assert people_posts(read(text))["Salem Al Mansoori"] == {("Minister of Foreign Affairs", None)}


def test_people_a_portfolio_of_capitalised_words_still_runs_to_the_name() -> None:
    text = "The forum was opened by Minister of Roads and Urban Development Ana Ruiz in Lima."
    assert people_posts(read(text))["Ana Ruiz"] == {
        ("Minister of Roads and Urban Development", None)
    }
