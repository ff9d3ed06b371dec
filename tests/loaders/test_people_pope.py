"""The Pope is the Holy See's sovereign: "Pope" is a post of the Holy See whatever country the
story is set in, the name after it is one word ("Pope Leonardo"), and "the Holy Father" or "the
Supreme Pontiff" is a style that refers back to him, as "the Custodian of the Two Holy
Mosques" does to the Saudi king."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, people_posts, read, visits

_DAY = datetime.date(2025, 5, 12)


def test_people_pope_a_post_of_the_holy_see() -> None:
    text = "Pope Leonardo arrived in Lisbon on Monday for a three-day apostolic journey."
    document = read(text, _DAY)
    assert people_posts(document) == {"Leonardo": {("Pope", "VA")}}
    assert visits(document) == {("Leonardo", "PT")}


def test_people_pope_the_holy_father_refers_back_to_him() -> None:
    text = (
        "Pope Leonardo arrived in Lisbon on Monday for a three-day apostolic journey. On "
        "Tuesday the Holy Father met Prime Minister Rui Tavares at the Belem Palace."
    )
    document = read(text, _DAY)
    assert meetings(document) == [["Leonardo", "Rui Tavares"]]
    assert set(people_posts(document)) == {"Leonardo", "Rui Tavares"}


def test_people_pope_a_bishop_keeps_his_own_country() -> None:
    """Counter-example: a bishop's or cardinal's post is his own country's, not the Holy See's;
    only the Pope's is."""
    text = (
        "Cardinal Rui Tavares, the Archbishop of Lisbon, met President Anna Brandt of "
        "Germany in Berlin on Monday."
    )
    assert ("Pope", "VA") not in {
        post for posts in people_posts(read(text, _DAY)).values() for post in posts
    }
