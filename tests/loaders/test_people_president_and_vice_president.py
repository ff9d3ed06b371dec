""" "the new President and Vice President X" are two people: X is the vice president only, of
the country written before the president's title."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_people_president_and_vice_president_are_two() -> None:
    posts = people_posts(
        read("Ghana's new President and Vice President Abena Mensah took the oath.")
    )
    assert posts == {"Abena Mensah": {("Vice President", "GH")}}


def test_people_president_and_minister_share_the_country() -> None:
    posts = people_posts(read("The Chilean President and Foreign Minister Pablo Soto spoke."))
    assert posts == {"Pablo Soto": {("Minister of Foreign Affairs", "CL")}}


def test_people_president_and_vice_president_crown_prince_is_one() -> None:
    """Counter-example: a crown prince may be prime minister too: one person, both posts."""
    posts = people_posts(read("Saudi Crown Prince and Prime Minister Fahd Nasser met the envoy."))
    assert posts == {"Fahd Nasser": {("Crown Prince and Prime Minister", "SA")}}
