"""A royal whom "the Kingdom" places in its kingdom holds the royal post for that kingdom, as
/api/people shows it; a visiting monarch's post stays without it."""

from __future__ import annotations

import datetime

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 2, 10)


def test_people_royal_posts_of_the_kingdom_are_its_posts() -> None:
    text = (
        "Jordan hosted the forum. King Faisal bin Tariq opened it in the Kingdom's capital "
        "on Monday and later met Chilean Minister Rosa Vial."
    )
    posts = people_posts(read(text, _DAY))
    assert posts["Faisal bin Tariq"] == {("King", "JO")}
    assert posts["Rosa Vial"] == {("Minister", "CL")}


def test_people_royal_posts_of_the_kingdom_leave_a_second_king_alone() -> None:
    text = (
        "Saudi King Fahd bin Nasser received King Olav Berg in Riyadh. The guest praised "
        "the Kingdom."
    )
    posts = people_posts(read(text, _DAY))
    assert posts["Olav Berg"] == {("King", None)}
