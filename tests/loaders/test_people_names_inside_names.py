"""A name read inside a longer name at the same place is that person, not a second one: a
Malay name carries the father's honorific ("Azmin Tengku Razali"), which would otherwise open
a new name ("Razali") in the middle of the first."""

from __future__ import annotations

import datetime

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2024, 7, 1)


def test_people_names_inside_names_a_fathers_honorific_makes_no_second_person() -> None:
    text = (
        "The delegation includes Tengku Datuk Seri Hafiz Tengku Abdul Rahman, Minister of "
        "Transport."
    )
    posts = people_posts(read(text, _DAY))
    assert set(posts) == {"Hafiz Tengku Abdul Rahman"}
    assert posts["Hafiz Tengku Abdul Rahman"] == {("Minister of Transport", None)}


def test_people_names_inside_names_two_people_side_by_side_stay_two() -> None:
    text = "The statement was signed by Tengku Hafiz Rahman and Tengku Amira Yusof in Putrajaya."
    assert set(people_posts(read(text, _DAY))) == {"Hafiz Rahman", "Amira Yusof"}
