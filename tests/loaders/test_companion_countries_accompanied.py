"""A minister who accompanies a leader whose country is known serves that country (issue 4);
one accompanying a leader of no known country, or who has a country of their own, is left as
the text gives them."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "minister", "post"),
    [
        (
            "President Paulo Lima of Brazil arrived in Luanda on Tuesday for a state visit. "
            "He was accompanied by Foreign Minister Mauro Costa and several business leaders.",
            "Mauro Costa",
            ("Minister of Foreign Affairs", "BR"),
        ),
        (
            "Prime Minister Aziz Rahman of Malaysia, accompanied by Trade Minister Farid Omar, "
            "reached Tokyo on Sunday.",
            "Farid Omar",
            ("Minister of Trade", "MY"),
        ),
        (
            "Argentine President Laura Gil arrived in Nairobi on Monday. Accompanying the "
            "President were Foreign Minister Pablo Sosa and Economy Minister Ines Vera.",
            "Ines Vera",
            ("Minister of Economy", "AR"),
        ),
    ],
)
def test_companion_countries_a_leaders_companion_serves_the_leaders_country(
    text: str, minister: str, post: tuple[str, str]
) -> None:
    assert post in people_posts(read(text))[minister]


def test_companion_countries_the_one_met_is_no_companion() -> None:
    """Counter-example: in "X, accompanied by Y, met Z" only Y is X's companion."""
    text = (
        "President Paulo Lima of Brazil arrived in New Delhi on Tuesday. On Wednesday Lima, "
        "accompanied by Foreign Minister Mauro Costa, met Prime Minister Ravi Menon."
    )
    posts = people_posts(read(text))
    assert ("Minister of Foreign Affairs", "BR") in posts["Mauro Costa"]
    assert ("Prime Minister", "BR") not in posts["Ravi Menon"]


def test_companion_countries_a_companion_of_a_leader_of_no_known_country_gets_none() -> None:
    text = (
        "President Daniel Kiprop arrived in Berlin on Monday. He was accompanied by Trade "
        "Minister Rose Wanjiru."
    )
    assert people_posts(read(text))["Rose Wanjiru"] == {("Minister of Trade", None)}


def test_companion_countries_a_companion_keeps_a_country_of_their_own() -> None:
    text = (
        "President Paulo Lima of Brazil arrived in Luanda on Tuesday. He was accompanied by "
        "Angola's Foreign Minister Tete Antonio."
    )
    assert ("Minister of Foreign Affairs", "BR") not in people_posts(read(text))["Tete Antonio"]


def test_companion_countries_a_companions_office_of_state_serves_the_leaders_country() -> None:
    """Any office of the state travels with the leader, not only a minister's."""
    text = (
        "Prime Minister Anthony Hale of Australia arrived in Suva on Monday. He was accompanied "
        "by Senator Ruth Kemp and Trade Minister Omar Daly."
    )
    assert people_posts(read(text))["Ruth Kemp"] == {("Senator", "AU")}


def test_companion_countries_a_companions_company_post_names_no_country() -> None:
    """Counter-example: a chief executive in the delegation is the leader's compatriot, but the
    company's post is no office of Brazil."""
    text = (
        "President Paulo Lima of Brazil arrived in Luanda on Tuesday. He was accompanied by "
        "Petrobras Chief Executive Sergio Alves."
    )
    document = read(text)
    assert people_posts(document)["Sergio Alves"] == {("CEO", None)}
    assert {p.name: p.country for p in document.people}["Sergio Alves"] == "BR"


def test_companion_countries_an_escort_to_a_place_is_no_companion() -> None:
    """Counter-example: who accompanies the guest *to* a place may be the host's escort."""
    text = (
        "Argentine President Laura Gil arrived in Nairobi on Monday. Accompanying the "
        "President to the memorial was Foreign Minister Musa Kiprono."
    )
    assert all(c is None for _, c in people_posts(read(text))["Musa Kiprono"])
