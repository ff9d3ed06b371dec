"""The office on the line under a release author's name is that person's post:
"Senator the Hon Jane Roe" over "Minister for Foreign Affairs" holds the ministry, not only
the senate seat."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read

BODY = (
    "\n\nMEDIA RELEASE\n\nVisit to Fiji\n\n"
    "Today I will travel to Suva to meet Prime Minister Josaia Vula.\n"
)


def _posts(heading: str) -> dict[str, set[str]]:
    document = read("date 2024-05-22\n" + heading + BODY)
    return {p.name: {post.title for post in p.posts} for p in document.people}


@pytest.mark.parametrize(
    ("heading", "name", "post"),
    [
        (
            "Senator the Hon Jane Roe\nMinister for Foreign Affairs",
            "Jane Roe",
            "Minister of Foreign Affairs",
        ),
        (
            "The Hon Mark Stone MP\nMinister for Trade and Tourism",
            "Mark Stone",
            "Minister of Trade and Tourism",
        ),
    ],
)
def test_heading_offices_the_line_under_the_name_is_a_post(
    heading: str, name: str, post: str
) -> None:
    assert post in _posts(heading)[name]


def test_heading_offices_a_headline_that_opens_with_a_title_is_no_post() -> None:
    posts = _posts("Senator the Hon Jane Roe\nPrime Minister Visits Fiji")
    assert posts["Jane Roe"] == {"Senator"}


def test_heading_offices_a_name_with_its_own_title_keeps_it() -> None:
    posts = _posts("Senator the Hon Jane Roe\nPrime Minister Tom Hale")
    assert posts["Jane Roe"] == {"Senator"}
    assert posts["Tom Hale"] == {"Prime Minister"}
