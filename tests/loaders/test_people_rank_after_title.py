"""A military rank written between a post and the name ("Army Commander General X") is the
holder's form of address, not a second post (issue 4)."""

from __future__ import annotations

import datetime

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 5, 12)


def test_people_rank_after_title_is_no_second_post() -> None:
    text = "Navy Commander Admiral Tomas Berg met Defence Minister Ana Ruiz on Monday."
    assert {t for t, _ in people_posts(read(text, _DAY))["Tomas Berg"]} == {"Commander"}


def test_people_rank_after_title_alone_before_a_name_is_the_post() -> None:
    """Counter-example: a rank with no post before it stays the person's title."""
    text = "Defence Minister Ana Ruiz and General Luis Vaca inspected the troops on Monday."
    assert people_posts(read(text, _DAY))["Luis Vaca"] == {("General", None)}
