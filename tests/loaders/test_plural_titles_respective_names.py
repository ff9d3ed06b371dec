"""Names listed after a plural title's countries take them in order (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


def test_plural_titles_each_name_takes_the_country_in_its_place() -> None:
    text = (
        "Kenyan President Amina Odhiambo travelled to Paris with the presidents of Rwanda "
        "and Burundi, Jean Habimana and Pierre Ndayishimiye, for the forum."
    )
    posts = people_posts(read(text))
    assert posts["Jean Habimana"] == {("President", "RW")}
    assert posts["Pierre Ndayishimiye"] == {("President", "BI")}


def test_plural_titles_three_countries_and_three_names() -> None:
    text = (
        "The trade ministers of Norway, Iceland and Denmark, Eva Lund, Jon Einarsson and "
        "Lars Holm, opened the fair in Bergen."
    )
    posts = people_posts(read(text))
    assert {name: {c for _, c in held} for name, held in posts.items()} == {
        "Eva Lund": {"NO"},
        "Jon Einarsson": {"IS"},
        "Lars Holm": {"DK"},
    }


@pytest.mark.parametrize(
    "text",
    [
        # Fewer names than countries: no one can tell whose post is whose.
        "The presidents of Mali, Niger and Chad, Ali Toure and Issa Maiga, met in Niamey.",
        # No names after the countries at all.
        "The presidents of Mali and Niger, who met in Niamey, signed a border accord.",
    ],
)
def test_plural_titles_no_names_are_read_when_the_list_does_not_pair_up(text: str) -> None:
    assert people_posts(read(text)) == {}
