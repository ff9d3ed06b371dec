"""A rank before a portfolio title ("Deputy Foreign Minister X") is part of that one post:
"Deputy" alone is also a legislator's title, and reading it as such made "Foreign Minister
Anna Berg" a name with the post "Deputy"."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _people(text: str) -> dict[str, tuple[str, ...]]:
    document = read("date 2024-05-19\n" + text)
    return {p.name: tuple(post.title for post in p.posts) for p in document.people}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Deputy Foreign Minister Anna Berg met President Ali Hassan in Cairo.",
            "Anna Berg",
            "Deputy Minister of Foreign Affairs",
        ),
        (
            "Norwegian Deputy Trade Minister Ole Strand arrived in Lima.",
            "Ole Strand",
            "Deputy Minister of Trade",
        ),
        (
            "First Deputy Defence Minister Ivan Petrov arrived in Ankara on Monday.",
            "Ivan Petrov",
            "First Deputy Minister of Defence",
        ),
    ],
)
def test_people_ranks_before_portfolios_are_one_post(text: str, name: str, post: str) -> None:
    assert _people(text).get(name) == (post,)


def test_people_ranks_before_portfolios_a_legislator_stays_a_deputy() -> None:
    people = _people("Deputy Carlos Mendes met Foreign Minister Ana Lima in Lisbon.")
    assert people["Carlos Mendes"] == ("Deputy",)
    assert people["Ana Lima"] == ("Minister of Foreign Affairs",)


def test_people_ranks_before_portfolios_a_ranked_head_is_unchanged() -> None:
    assert _people("Deputy Minister Anna Berg spoke in Cairo.") == {
        "Anna Berg": ("Deputy Minister",)
    }
