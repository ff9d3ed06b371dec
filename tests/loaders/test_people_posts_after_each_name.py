"""In "At the invitation of X, Chancellor of A, Y, President of B, ..." each name has its post
after it: the first post is not the second name's, so the guest keeps his own country and the
host is a person too."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 4, 2)


def _people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {p.name: (p.country, [x.title for x in p.posts]) for p in read(text, FILED).people}


def test_people_posts_after_each_name_keep_their_own_country() -> None:
    text = (
        "At the invitation of Ana Kovac, Prime Minister of Croatia, Jan Novak, President of "
        "Slovakia, paid a state visit to Croatia on 1 April 2025."
    )
    people = _people(text)
    assert people["Ana Kovac"] == ("HR", ["Prime Minister"])
    assert people["Jan Novak"] == ("SK", ["President"])
    assert dated_visits(read(text, FILED)) == {("Jan Novak", "HR", "2025-04-01")}


def test_people_posts_after_each_name_a_post_before_a_name_stays_its_own() -> None:
    # no name before the first post: it is the post of the name after it
    people = _people("The Prime Minister of Croatia, Ana Kovac, President of the party, spoke.")
    assert people["Ana Kovac"][0] == "HR"
    assert "Prime Minister" in people["Ana Kovac"][1]


def test_people_posts_after_each_name_a_rank_before_a_name_stays_with_it() -> None:
    people = _people("Prince Faisal Al Saud, Minister of Foreign Affairs, met Jan Novak.")
    assert "Faisal Al Saud" in people
