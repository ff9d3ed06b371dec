"""The holder named after a portfolio the vocabulary does not list may have small words in
the name ("Minister of Housing and Lands Faisal bin Omar Al Hashimi"); the small words alone,
with no capitalised word after them, still make no name."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "The forum was opened by the Minister of Housing and Lands Faisal bin Omar Al Hashimi.",
            "Faisal bin Omar Al Hashimi",
            "Minister of Housing and Lands",
        ),
        (
            "The Minister of Sports and Youth Lucia de la Vega cut the ribbon in Quito.",
            "Lucia de la Vega",
            "Minister of Sports and Youth",
        ),
    ],
)
def test_portfolio_titles_names_with_particles_hold_the_post(
    text: str, name: str, post: str
) -> None:
    assert {title for title, _ in people_posts(read(text, _DAY))[name]} == {post}


def test_portfolio_titles_names_with_particles_need_a_name_word_after_them() -> None:
    document = read("The Minister of Roads and Transport Services de facto runs the port.", _DAY)
    assert people_posts(document) == {}
