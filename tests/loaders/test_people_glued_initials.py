"""Mongolian names are written with the initial of the father's name glued on ("L.Oyun-Erdene",
"Ts.Batbayar"): the person is the name after the initial, not the initial (issue s25p)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, people_posts, read, visits

DAY = datetime.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prime Minister of Mongolia D.Tsogtbaatar arrived in Seoul on 2 May 2025.", "Tsogtbaatar"),
        ("President Kh.Bayarsaikhan met Prime Minister Ana Vela of Spain.", "Bayarsaikhan"),
        ("Chairman B.Naranbaatar-Od met Prime Minister Ana Vela of Spain.", "Naranbaatar-Od"),
    ],
)
def test_people_glued_initials_name_after_the_initial(text: str, name: str) -> None:
    posts = people_posts(read(text, DAY))
    assert name in posts
    assert not any(len(n) < 3 for n in posts)


def test_people_glued_initials_visit_and_talks_by_the_named_person() -> None:
    text = (
        "Prime Minister of Mongolia D.Tsogtbaatar paid an official visit to Japan on 2 May 2025."
        " President Kh.Bayarsaikhan met Speaker G.Enkhtuvshin in Ulaanbaatar on 5 May 2025."
    )
    document = read(text, DAY)
    assert visits(document) == {("Tsogtbaatar", "JP")}
    assert meetings(document) == [["Bayarsaikhan", "Enkhtuvshin"]]


def test_people_glued_initials_later_surname_is_the_same_person() -> None:
    text = (
        "Prime Minister D.Tsogtbaatar met Prime Minister Ana Vela of Spain in Madrid on Monday."
        " Tsogtbaatar said the talks were useful."
    )
    assert set(people_posts(read(text, DAY))) == {"Tsogtbaatar", "Ana Vela"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Initials set apart by a space stay part of the name.
        ("Senator Joan P. Hart met President Mara Lindqvist on Monday.", "Joan P. Hart"),
        # A country's dotted initials are no father's initial.
        ("U.S. Ambassador Mark Hale met President Mara Lindqvist on Monday.", "Mark Hale"),
    ],
)
def test_people_glued_initials_other_dots_unchanged(text: str, name: str) -> None:
    """Counter-examples: dots that are not glued to a name word."""
    assert name in people_posts(read(text, DAY))
