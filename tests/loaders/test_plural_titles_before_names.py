"""A plural title before a list of names ("Presidents A and B", "Foreign Ministers A of X and
B of Y") gives each name the title, and the country written after it; summit reports name
their arrivals so."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read, visits

_DAY = datetime.date(2026, 6, 2)


def test_plural_titles_before_names_each_name_holds_the_title() -> None:
    text = "Presidents Gabriel Boric and Yamandu Orsi opened the border crossing on Monday."
    posts = people_posts(read(text, _DAY))
    assert posts["Gabriel Boric"] == {("President", None)}
    assert posts["Yamandu Orsi"] == {("President", None)}


def test_plural_titles_before_names_countries_after_the_names_make_visits() -> None:
    text = (
        "Foreign Ministers Maria Lopez of Paraguay and Hugo Vidal of Uruguay arrived in Lima "
        "on Monday for the regional summit hosted by Peru."
    )
    document = read(text, _DAY)
    posts = people_posts(document)
    assert posts["Maria Lopez"] == {("Minister of Foreign Affairs", "PY")}
    assert posts["Hugo Vidal"] == {("Minister of Foreign Affairs", "UY")}
    assert ("Maria Lopez", "PE") in visits(document)


@pytest.mark.parametrize(
    "text",
    [
        "The Presidents Day Sale begins in Chicago on Monday.",
        "The Foreign Ministers Council met in Brussels on Monday.",
    ],
)
def test_plural_titles_before_names_a_name_made_with_the_title_is_no_one(text: str) -> None:
    """Counter-examples: a plural title inside a name, with one word or none after it."""
    assert people_posts(read(text, _DAY)) == {}
