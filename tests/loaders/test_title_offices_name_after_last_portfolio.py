"""A name written right after the last part of a combined portfolio ("Minister for Foreign Trade
and Development Aino Virta") is a person, not more words of the portfolio; a portfolio whose
last part runs on ("... Commonwealth and Development Affairs") stays whole."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: [post.title for post in p.posts] for p in read(text).people}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "The delegation is led by Minister for Foreign Trade and Development Aino Virta.",
            "Aino Virta",
            "Minister of Foreign Trade and Development",
        ),
        (
            "The talks were attended by Minister of Industry and Trade Tran Van Long.",
            "Tran Van Long",
            "Minister of Industry and Trade",
        ),
    ],
)
def test_title_offices_name_after_last_portfolio_is_a_person(
    text: str, name: str, post: str
) -> None:
    assert _people(text).get(name) == [post]


def test_title_offices_name_after_last_portfolio_keeps_a_long_portfolio_whole() -> None:
    text = (
        "He met the Secretary of State for Foreign, Commonwealth and Development Affairs, "
        "Lord Mark Ellis."
    )
    assert set(_people(text)) == {"Mark Ellis"}
