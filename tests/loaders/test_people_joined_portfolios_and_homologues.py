"""A portfolio joined by "and of" and a counterpart called a homologue are read (issue 4)."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_people_a_portfolio_joined_by_and_of_keeps_the_name_after_it() -> None:
    text = (
        "The Minister of Agriculture and of Fisheries, Joao Baptista, and his Angolan "
        "homologue Manuel Neto opened the fair in Maputo."
    )
    posts = people_posts(read(text))
    assert posts["Joao Baptista"] == {("Minister of Agriculture and of Fisheries", None)}
    assert {c for _, c in posts["Manuel Neto"]} == {"AO"}


def test_people_a_name_after_and_of_is_no_portfolio() -> None:
    """Counter-example: "and of" before a place or a name with no comma after it is no part of
    the office: the list ends at a comma."""
    text = "The Minister of Agriculture, Joao Baptista, spoke of Maputo and of Beira on Monday."
    assert people_posts(read(text)) == {"Joao Baptista": {("Minister of Agriculture", None)}}
