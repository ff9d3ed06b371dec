"""A title of someone who serves another office holder ("Special Adviser to the President on
Media, X") is one post, held by the name after it; the office served is not that person's
title. Where no staff title comes first, "the President, X" is still X's post."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 2, 10)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "The Special Adviser to the President on Media and Publicity, Tunde Bakare, "
            "denied the report.",
            "Tunde Bakare",
            "Special Adviser to the President on Media and Publicity",
        ),
        (
            "The Chief of Staff to the Prime Minister, Rania Haddad, flew to Cairo.",
            "Rania Haddad",
            "Chief of Staff to the Prime Minister",
        ),
        (
            "The Special Assistant to the President, Musa Abubakar, read the statement.",
            "Musa Abubakar",
            "Special Assistant to the President",
        ),
    ],
)
def test_people_staff_titles_hold_the_whole_post(text: str, name: str, post: str) -> None:
    assert {title for title, _ in people_posts(read(text, _DAY))[name]} == {post}


def test_people_staff_titles_leave_a_plain_title_to_its_holder() -> None:
    document = read("A reporter put the question to the President, Ana Lima, on Friday.", _DAY)
    assert {title for title, _ in people_posts(document)["Ana Lima"]} == {"President"}
