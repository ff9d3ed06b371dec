"""Whom "the two presidents" can be: two people who hold that post, or whose post is unknown.

"The two presidents met in Ashgabat in October" stands for the two people the previous
sentence named only when they are presidents: after "Presidential aide X said it would be the
Iranian leader's first visit", the aide is no president, and the pair is the story's two
principals instead. A noun that names no post ("the two leaders", "the two men") takes anyone.
"""

from __future__ import annotations

from collections.abc import Iterable

from dkg.loaders.document import Person

_NOUN_POSTS = {
    "presidents": frozenset({"President"}),
    "prime ministers": frozenset({"Prime Minister"}),
    "premiers": frozenset({"Prime Minister"}),
    "chancellors": frozenset({"Chancellor"}),
    "foreign ministers": frozenset({"Minister of Foreign Affairs"}),
}
"""The posts the plural nouns of "the two ..." name, as posts are written once normalised."""
LEADER_POSTS = frozenset(
    {
        "President",
        "Federal President",
        "State President",
        "Prime Minister",
        "Chancellor",
        "King",
        "Queen",
        "Emperor",
        "Empress",
        "Emir",
        "Sultan",
        "Crown Prince",
        "Grand Duke",
        "Grand Duchess",
        "Pope",
        "Supreme Leader",
        "Co-Prince",
        "Governor-General",
        "Captain Regent",
        "Head of State",
        "Head of Government",
        "Taoiseach",
        "State Counsellor",
        "Chairman of the Presidential Council",
        "Chairman of the Transitional Sovereignty Council",
    }
)
"""The posts of a head of state or of government, as posts are written once normalised (the
heads of ``titles.json`` that lead a country rather than a ministry or a mission)."""


def hold_the_post(noun: str, keys: Iterable[str], people: Iterable[Person]) -> bool:
    """Whether every one of ``keys`` with a known post holds the post ``noun`` names."""
    wanted = _NOUN_POSTS.get(" ".join(noun.casefold().split()))
    if wanted is None:
        return True
    posts = {p.key: {post.title for post in p.posts} for p in people}
    return all(not posts.get(key) or posts[key] & wanted for key in keys)


def lead_countries(keys: Iterable[str], people: Iterable[Person]) -> bool:
    """Whether every one of ``keys`` holds the post of a head of state or of government: only
    such a greeter at the airport is one of "the two leaders" whose talks follow."""
    posts = {p.key: {post.title for post in p.posts} for p in people}
    return all(posts.get(key, set()) & LEADER_POSTS for key in keys)
