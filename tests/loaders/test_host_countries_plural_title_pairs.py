"""The one a plural title pairs with a guest serves the host country (issue 4)."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_host_countries_the_guests_pair_under_a_plural_title_is_the_host() -> None:
    text = (
        "Ghanaian President Kofi Mensah began a state visit to Togo on Monday. In Lome, "
        "Presidents Kofi Mensah and Eli Agbo opened a new border post."
    )
    assert people_posts(read(text))["Eli Agbo"] == {("President", "TG")}


def test_host_countries_a_pair_without_the_guest_gets_no_host() -> None:
    """Counter-example: two others named together are not the visit's sides."""
    text = (
        "Ghanaian President Kofi Mensah began a state visit to Togo on Monday. He recalled "
        "that Presidents Ama Boateng and Eli Agbo had opened the border post in 2010."
    )
    posts = people_posts(read(text))
    assert {c for _, c in posts.get("Eli Agbo", set())} <= {None}


def test_host_countries_a_pair_in_a_story_of_two_hosts_gets_no_host() -> None:
    """Counter-example: with two host countries, the pair's side cannot be told."""
    text = (
        "Ghanaian President Kofi Mensah paid a state visit to Togo on Monday. On Wednesday "
        "Kofi Mensah paid a state visit to Benin. Presidents Kofi Mensah and Eli Agbo opened "
        "a new border post."
    )
    posts = people_posts(read(text))
    assert {c for _, c in posts.get("Eli Agbo", set())} <= {None}
