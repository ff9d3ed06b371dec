""" "President of the Republic X" with no comma names X (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President of the Republic Marta Quintero welcomed the Spanish King in Bogota.",
            "Marta Quintero",
        ),
        (
            "Vice President of the Republic Joao Lourenco met Indian Prime Minister Rohan "
            "Mehta in Luanda.",
            "Joao Lourenco",
        ),
    ],
)
def test_title_offices_the_republics_head_named_without_a_comma(text: str, name: str) -> None:
    assert name in people_posts(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The President of the Republic Day parade committee said the route was ready.",
        "President of the Republic Sergio Mattarella",
    ],
)
def test_title_offices_no_name_is_made_of_the_republic_itself(text: str) -> None:
    assert not any("Republic" in name for name in people_posts(read(text)))
