"""Placing a person in a country: the person's country, and the country of their state posts.

Four steps learn a person's country from what surrounds the name rather than from the title:
the side a list puts them on (post_countries.py), the leader whose delegation they travel in
(companion_countries.py), the visit whose host they talk with (host_countries.py), the office
that publishes the story (publisher_countries.py). Each decides whom it places and which of
their posts a state holds; the placing itself is this one procedure, so that a person reads
the same whichever step placed them: their country set, each state post that names no country
given it, a post that names one left alone, and a title read twice kept once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dkg.loaders.document import Person, Post
from dkg.loaders.gazetteer import Titles, fold

_SHARED_WITH_STATES = frozenset(
    {
        "president",
        "vice president",
        "chairman",
        "chairwoman",
        "head",
        "director general",
        "general director",
        "executive director",
    }
)
"""Company posts that states have too ("President", "Director General"): held by an official,
they are the state's office."""


def placed(person: Person, country: str, held_for_state: Callable[[Post], bool]) -> Person:
    """``person`` serving ``country``, on each post without a country that ``held_for_state``
    says is a state's office (a company's "CEO" is not the country's)."""
    posts = tuple(
        replace(post, country=country) if post.country is None and held_for_state(post) else post
        for post in person.posts
    )
    return replace(person, posts=tuple(dict.fromkeys(posts)), country=country)


def lent_country(leader: Person) -> str | None:
    """The country a leader lends the members of their delegation: their own, else the one a
    post of theirs names ("President X of Brazil" before the text places X)."""
    return leader.country or next((p.country for p in leader.posts if p.country), None)


class StateOffices:
    """Tells the office a state's official holds from a company's post, which no country's
    government holds ("CEO"): a person placed in a country holds only the former for it."""

    def __init__(self, titles: Titles) -> None:
        self._company_posts = frozenset(fold(t) for t in titles.company_posts) - _SHARED_WITH_STATES

    def __call__(self, post: Post) -> bool:
        """Whether ``post`` may be held for a state."""
        return fold(post.title) not in self._company_posts
