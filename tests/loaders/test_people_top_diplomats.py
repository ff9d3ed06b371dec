"""Issue 4: "top diplomat" is how news names a country's foreign minister, before or after the
name ("Pakistan's top diplomat, X,", "X, Pakistan's top diplomat"): the name is a person
holding that post for that country. Without a name it stays a reference, not a person."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    "text",
    [
        "Peru's top diplomat, Rosa Quispe, arrived in Quito on Monday.",
        "Peru's top diplomat Rosa Quispe arrived in Quito on Monday.",
        "Rosa Quispe, Peru's top diplomat, arrived in Quito on Monday.",
        "Rosa Quispe, the Peruvian top diplomat, arrived in Quito on Monday.",
    ],
)
def test_people_top_diplomat_is_the_foreign_minister_of_the_country(text: str) -> None:
    assert people_posts(read(text)) == {"Rosa Quispe": {("Minister of Foreign Affairs", "PE")}}


@pytest.mark.parametrize(
    "text",
    [
        "Peru's top diplomat arrived in Quito on Monday.",
        "Officials said Peru's top diplomat, who landed on Monday, would stay two days.",
        "In Quito, the country's top diplomat said the border would reopen.",
    ],
)
def test_people_top_diplomat_without_a_name_names_nobody(text: str) -> None:
    assert people_posts(read(text)) == {}
