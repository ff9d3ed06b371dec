"""A lower-case post with an "of Country" phrase keeps its portfolio: "the foreign minister of
Chile, Pablo Soto" is Chile's foreign minister, not a minister of no portfolio (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 2, 3)


def _posts(text: str) -> dict[str, set[tuple[str, str | None]]]:
    return people_posts(read(text, _DAY))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The round was opened by the foreign minister of Uruguay, Marta Lenz, in Quito.",
            ("Minister of Foreign Affairs", "UY"),
        ),
        (
            "Talks were chaired by the defence minister of Ghana, Kofi Mensah, on Friday.",
            ("Minister of Defence", "GH"),
        ),
    ],
)
def test_person_lower_titles_portfolio_of_country_is_kept(
    text: str, post: tuple[str, str | None]
) -> None:
    assert post in next(iter(_posts(text).values()))


def test_person_lower_titles_portfolio_of_country_needs_the_word_next_to_the_title() -> None:
    """Counter-example: a portfolio word that is not right before the title ("after the
    security review the minister") is no part of the post."""
    text = "After the security review the minister of Ghana, Kofi Mensah, flew home."
    assert _posts(text)["Kofi Mensah"] == {("Minister", "GH")}
