"""A long post title keeps all of its portfolio: every part joined by "and" or a comma before
"Minister", and a region's compass word before a demonym after "Minister of" (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _posts(text: str) -> dict[str, set[str]]:
    return {
        p.name: {post.title for post in p.posts} for p in PIPELINE(Document("t", "t", text)).people
    }


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Foreign Affairs and International Trade Minister Lena Park flew to Seoul.",
            "Lena Park",
            "Minister of Foreign Affairs and International Trade",
        ),
        (
            "Agriculture and Fisheries Minister Tevita Lolo opened the market.",
            "Tevita Lolo",
            "Minister of Agriculture and Fisheries",
        ),
        (
            "Minister of Foreign Affairs and East African Cooperation Amina Juma met them.",
            "Amina Juma",
            "Minister of Foreign Affairs and East African Cooperation",
        ),
        (
            "Minister of Trade and Southern African Integration Thabo Dube spoke.",
            "Thabo Dube",
            "Minister of Trade and Southern African Integration",
        ),
    ],
)
def test_people_joined_portfolios_stay_in_the_title(text: str, name: str, title: str) -> None:
    assert _posts(text).get(name) == {title}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # A name before "and" is another person, not a portfolio.
        (
            "Kofi Boateng and Trade Minister Lena Park toured the port.",
            "Lena Park",
            "Minister of Trade",
        ),
        # A compass word after a whole portfolio starts the holder's name.
        ("Minister of Trade West Adjei opened the fair.", "West Adjei", "Minister of Trade"),
    ],
)
def test_people_joined_portfolios_stop_at_names(text: str, name: str, title: str) -> None:
    assert _posts(text).get(name) == {title}
