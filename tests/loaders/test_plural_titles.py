"""Guests listed after one plural title ("the presidents of Chile, Rosa Soto, and of Peru,
Juan Quispe") are people, each with that title for the country written before the name."""

from __future__ import annotations

from tests.loaders.reading import read

_DATELINE = "QUITO, 4 June 2024 - "


def _people(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, p.posts[0].title, p.country) for p in read(_DATELINE + text).people}


def test_plural_titles_list_each_holder_with_their_country() -> None:
    text = (
        "The ceremony was attended by the presidents of Chile, Rosa Soto; of Peru, Juan "
        "Quispe, and of Bolivia, Luis Vaca."
    )
    assert _people(text) == {
        ("Rosa Soto", "President", "CL"),
        ("Juan Quispe", "President", "PE"),
        ("Luis Vaca", "President", "BO"),
    }


def test_plural_titles_keep_the_portfolio() -> None:
    text = "The foreign ministers of Chile, Rosa Soto, and of Peru, Juan Quispe, met on Friday."
    assert {country for _, _, country in _people(text)} == {"CL", "PE"}
    assert all("Foreign" in title for _, title, _ in _people(text))


def test_plural_titles_countries_without_names_name_no_one() -> None:
    """Counter-example: a list of countries alone names no person."""
    assert _people("The presidents of Chile, Peru and Bolivia met on Friday.") == set()


def test_plural_titles_a_country_of_two_words_is_no_name() -> None:
    """Counter-example: "Costa Rica" after the comma is the next country, not a person."""
    text = "The presidents of Chile, Costa Rica and El Salvador met on Friday."
    assert _people(text) == set()
