"""A lower-case title opened by a body's acronym ("KPLC chief executive X", "ACME director
general Y") names the person after it, with the title as the post and no country (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "SONEDE director general Hela Mansour met the Italian delegation in Tunis.",
            "Hela Mansour",
            ("Director-General", None),
        ),
        (
            "Officials from Kenya Power and TANESCO chairman Peter Mushi signed the line deal.",
            "Peter Mushi",
            ("Chairman", None),
        ),
    ],
)
def test_person_lower_titles_acronyms_name_the_holder(
    text: str, name: str, post: tuple[str, None]
) -> None:
    assert people_posts(read(text, _DAY))[name] == {post}


def test_person_lower_titles_acronyms_a_countrys_code_gives_its_country() -> None:
    """Counter-example: "US president" is a country's code, read as its demonym."""
    text = "US president Joe Biden met Kenyan President William Ruto in Washington."
    assert people_posts(read(text, _DAY))["Joe Biden"] == {("President", "US")}


def test_person_lower_titles_acronyms_need_a_name() -> None:
    """Counter-example: no full name follows the title."""
    text = "The IMF director general said growth would slow, according to the report."
    assert people_posts(read(text, _DAY)) == {}
