"""A combined portfolio ends before a form of address: in "X, Minister of Trade, and Dr. Y,
Minister of Health" the post is "Minister of Trade", not "Minister of Trade and Dr" (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 5, 12)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The team included Dr. Halima Musa, Minister of Foreign Affairs, and Dr. Musa "
            "Bello, Minister of Finance.",
            ("Halima Musa", "Minister of Foreign Affairs"),
            ("Musa Bello", "Minister of Finance"),
        ),
        (
            "Present were Ms Adaeze Okafor, Minister of Trade, and Mr. Sani Yero, Minister of "
            "Health.",
            ("Adaeze Okafor", "Minister of Trade"),
            ("Sani Yero", "Minister of Health"),
        ),
    ],
)
def test_title_offices_addressed_parts_open_the_next_person(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    posts = people_posts(read(text, _DAY))
    assert {t for t, _ in posts[first[0]]} == {first[1]}
    assert {t for t, _ in posts[second[0]]} == {second[1]}


def test_title_offices_addressed_parts_a_portfolio_part_stays() -> None:
    """Counter-example: a capitalised portfolio part after "and" is still the portfolio."""
    text = "Ruth Achieng, Minister of Foreign Affairs and Diaspora, met the envoy in Nairobi."
    posts = people_posts(read(text, _DAY))
    assert {t for t, _ in posts["Ruth Achieng"]} == {"Minister of Foreign Affairs and Diaspora"}
