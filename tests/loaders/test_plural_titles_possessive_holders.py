"""A story that lists only the countries of a plural title ("the prime ministers of Chile,
Peru and Ecuador arrived") and then names each leader by country ("Peru's Ana Ruiz said")
names that country's holder of the title."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read

_DATELINE = "MADRID, 9 May 2025 - "


def test_plural_titles_possessive_holders_hold_the_listed_title() -> None:
    text = (
        "The prime ministers of Chile, Peru and Ecuador arrived in Madrid on Friday and met"
        " King Felipe VI. Peru's Ana Ruiz said trade was the main topic. Chile's Tomas Vidal"
        " spoke of mining."
    )
    posts = people_posts(read(_DATELINE + text))
    assert posts["Ana Ruiz"] == {("Prime Minister", "PE")}
    assert posts["Tomas Vidal"] == {("Prime Minister", "CL")}


def test_plural_titles_possessive_holders_keep_the_portfolio() -> None:
    text = (
        "The foreign ministers of Kenya and Ghana held talks in Madrid on Friday. Ghana's Kofi"
        " Boateng called them fruitful."
    )
    posts = people_posts(read(_DATELINE + text))
    assert {country for _, country in posts["Kofi Boateng"]} == {"GH"}
    assert all("Foreign" in title for title, _ in posts["Kofi Boateng"])


def test_plural_titles_possessive_holders_only_for_listed_countries() -> None:
    """Counter-example: a country outside the list gives its named person no listed title."""
    text = (
        "The prime ministers of Chile and Peru arrived in Madrid on Friday. Brazil's Joao Lima"
        " watched from Brasilia."
    )
    posts = people_posts(read(_DATELINE + text))
    assert ("Prime Minister", "BR") not in posts.get("Joao Lima", set())


def test_plural_titles_possessive_holders_need_a_plural_title() -> None:
    """Counter-example: without a plural title listing Peru, "Peru's Ana Ruiz" holds no post."""
    text = "Delegates from Chile and Peru arrived in Madrid on Friday. Peru's Ana Ruiz spoke."
    posts = people_posts(read(_DATELINE + text))
    assert not any(country == "PE" for _, country in posts.get("Ana Ruiz", set()))


def test_plural_titles_possessive_holders_not_a_titled_name_or_a_body() -> None:
    """Counter-example: "Chile's Foreign Minister X" holds the title written, and "Peru's
    Foreign Ministry" is a body, not the listed presidents."""
    text = (
        "The presidents of Chile and Peru met in Madrid on Friday. Chile's Foreign Minister"
        " Rosa Lagos attended, and Peru's Foreign Ministry issued a statement."
    )
    posts = people_posts(read(_DATELINE + text))
    assert posts["Rosa Lagos"] == {("Minister of Foreign Affairs", "CL")}
    assert not any("Ministry" in name for name in posts)
