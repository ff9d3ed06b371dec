"""Names after a plural title in capitals may include a surname alone beside a full name
("Presidents Ruiz and Tomas Vel"); a plural title with no name after it is no person."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


def test_plural_titles_surname_beside_full_name_both_hold_the_post() -> None:
    posts = people_posts(read("Presidents Ruiz and Tomas Vel held talks in Bogota."))
    assert posts == {"Ruiz": {("President", None)}, "Tomas Vel": {("President", None)}}


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministers Meeting and Dinner took place in Oslo.",
        "Presidents Day Sale begins on Monday.",
        "The two Prime Ministers held talks in Tokyo. Both presidents also met later.",
        "Both Presidents held talks. The two Foreign Ministers signed the accord.",
    ],
)
def test_plural_titles_surname_beside_full_name_no_person(text: str) -> None:
    """Counter-examples: words after a plural title that are no names, and plural titles
    standing for the parties ("the two Prime Ministers", "both presidents")."""
    assert people_posts(read(text)) == {}
