"""A provincial minister's region is part of the office, never the holder's name."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


def test_people_the_province_of_a_minister_is_no_person() -> None:
    text = (
        "The Minister of the Northern Cape Province, Jane Doe, met Chinese Ambassador Wu Lan "
        "in Kimberley."
    )
    posts = people_posts(read(text))
    assert "Cape Province" not in posts
    assert posts["Jane Doe"] == {("Minister of Northern Cape Province", None)}


@pytest.mark.parametrize(
    "text",
    [
        "The Governor of Osaka Prefecture met Brazilian Ambassador Ana Lima in Osaka.",
        "The minister met officials of the Eastern Province, Saudi Arabia's oil region.",
    ],
)
def test_people_a_region_alone_is_no_person(text: str) -> None:
    assert not any(name.endswith(("Prefecture", "Province")) for name in people_posts(read(text)))


def test_people_a_portfolio_of_capitalised_words_keeps_its_holder() -> None:
    text = "Minister of Trade and Industry Jane Doe met Chinese Ambassador Wu Lan in Pretoria."
    assert ("Minister of Trade and Industry", "ZA") in people_posts(read(text))["Jane Doe"]
