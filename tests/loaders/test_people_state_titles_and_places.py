"""Words that are no one's name after a title: the portfolio of a junior minister written
without "for" ("Minister of State Foreign Affairs X"), the bodies of a state ("Head of State
Administration"), and parks named after someone ("at Ratu Sukuna Park") (issue s25p)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

DAY = datetime.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Minister of State Foreign Affairs Nimali Perera met the envoy in Colombo on Monday.",
            "Nimali Perera",
            "Minister of State Foreign Affairs",
        ),
        (
            "The Minister of State Public Administration Kwesi Owusu received the delegation.",
            "Kwesi Owusu",
            "Minister of State Public Administration",
        ),
    ],
)
def test_people_state_titles_portfolio_without_for_is_the_post(
    text: str, name: str, title: str
) -> None:
    posts = people_posts(read(text, DAY))
    assert set(posts) == {name}
    assert {t for t, _ in posts[name]} == {title}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Minister of State for Foreign Affairs Nimali Perera met the envoy on Monday.",
            "Nimali Perera",
            "Minister of State for Foreign Affairs",
        ),
        (
            "Secretary of State Daniel Hart met the envoy in Washington on Monday.",
            "Daniel Hart",
            "Secretary of State",
        ),
    ],
)
def test_people_state_titles_name_right_after_the_title_unchanged(
    text: str, name: str, title: str
) -> None:
    """Counter-examples: a name right after the title, or after "for" and the portfolio."""
    posts = people_posts(read(text, DAY))
    assert {t for t, _ in posts[name]} == {title}


@pytest.mark.parametrize(
    "text",
    [
        "President Hugo Lemaire of France met the Head of State Administration in Suva.",
        "President Hugo Lemaire of France was received by the Minister of State State in Suva.",
        "President Hugo Lemaire of France met the Minister of State Foreign Affairs in Suva.",
    ],
)
def test_people_state_titles_bodies_of_the_state_are_nobody(text: str) -> None:
    assert set(people_posts(read(text, DAY))) == {"Hugo Lemaire"}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Vela laid a wreath at Ratu Lalabalavu Park on Monday.",
        "On Monday Prime Minister Ana Vela walked through Prince Edward Park in Suva.",
    ],
)
def test_people_state_titles_parks_named_after_someone_are_places(text: str) -> None:
    assert set(people_posts(read(text, DAY))) == {"Ana Vela"}


def test_people_state_titles_family_name_park_stays_a_person() -> None:
    """Counter-example: "Park" as a family name after a title, where a person is met."""
    text = "Prime Minister Ana Vela met Ambassador Grace Park in Seoul on Monday."
    assert set(people_posts(read(text, DAY))) == {"Ana Vela", "Grace Park"}
