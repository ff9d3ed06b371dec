"""A lede that sets its first word in capitals ("PRIME Minister X has ...") names the whole post,
not its last word; acronyms before a title stay acronyms."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("PRIME Minister Ana Ruiz has arrived in Madrid for talks.", "Ana Ruiz", "Prime Minister"),
        ("PRESIDENT Amara Diallo held talks in Dakar on Monday.", "Amara Diallo", "President"),
        (
            "NAIROBI - FOREIGN Minister Aisha Kamau left for Berlin on Monday.",
            "Aisha Kamau",
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_people_capital_lede_words_open_the_post(text: str, name: str, title: str) -> None:
    assert {t for t, _ in people_posts(read(text))[name]} == {title}


def test_people_capital_lede_words_leave_acronyms_alone() -> None:
    """Counter-example: "UN" and "US" before a title are no part of it."""
    posts = people_posts(read("UN Secretary-General Omar Lind met US President Jane Cole."))
    assert posts["Omar Lind"] == {("Secretary-General", None)}
    assert posts["Jane Cole"] == {("President", "US")}
