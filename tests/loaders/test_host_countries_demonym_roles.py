"""A leader titled without a country serves the country of a demonym role that the story
resolves to them later ("the Costa Rican head of state"), two-word demonyms included (issue 4);
a role of no country, or one meaning someone else, places no one."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "President Ana Solis told reporters on Monday that the new hospital would open in "
            "March. The Costa Rican head of state added that the funds came from taxes.",
            "Ana Solis",
            ("President", "CR"),
        ),
        (
            "Federal Chancellor Karl Weber met business leaders in Vienna. The Austrian "
            "chancellor said energy prices must fall.",
            "Karl Weber",
            ("Chancellor", "AT"),
        ),
        (
            "Prime Minister Tomas Ruiz opened a bridge on Friday. The Sri Lankan prime "
            "minister said it would cut travel times.",
            "Tomas Ruiz",
            ("Prime Minister", "LK"),
        ),
        (
            "Crown Prince Haakon opened a port terminal on Thursday. The Norwegian heir to the "
            "throne praised the workers.",
            "Haakon",
            ("Crown Prince", "NO"),
        ),
        (
            "Federal Chancellor Karl Weber met business leaders. The Austrian head of "
            "government said prices must fall.",
            "Karl Weber",
            ("Chancellor", "AT"),
        ),
    ],
)
def test_host_countries_a_demonym_role_resolved_to_a_leader_gives_their_post_its_country(
    text: str, person: str, post: tuple[str, str]
) -> None:
    assert post in people_posts(read(text))[person]


def test_host_countries_a_role_without_demonym_gives_no_country() -> None:
    text = (
        "President Ana Solis told reporters on Monday that the new hospital would open in "
        "March. The head of state added that the funds came from taxes."
    )
    assert people_posts(read(text))["Ana Solis"] == {("President", None)}


def test_host_countries_a_demonym_role_of_the_guest_leaves_the_host_alone() -> None:
    text = (
        "President Luis Mora of Panama arrived in San Jose on Monday. President Ana Solis "
        "received him at the palace. The Panamanian head of state thanked her for the welcome."
    )
    posts = people_posts(read(text))
    assert ("President", "PA") in posts["Luis Mora"]
    assert ("President", "PA") not in posts["Ana Solis"]


def test_host_countries_a_head_of_government_role_is_no_presidents() -> None:
    text = "President Ana Solis met students. The Chilean head of government praised them."
    assert people_posts(read(text))["Ana Solis"] == {("President", None)}
