"""Whom "the Estonian minister" means: a minister of a portfolio, not the head of government.

A Prime Minister's title holds the word "minister", but news calls the head of government "the
prime minister" or "the premier", never "the minister": "Tsahkna ... The Estonian minister
last visited Moldova in June" is the foreign minister even when the Estonian Prime Minister is
named in between. A Prime Minister is meant only when no other minister of that country fits.
"""

from __future__ import annotations

from collections.abc import Iterable

from dkg.loaders.document import Person
from dkg.loaders.gazetteer import fold

_HEADS_OF_GOVERNMENT = ("prime minister", "first minister")
"""Titles holding the word "minister" that head a government, not a ministry."""


def cabinet_ministers(candidates: set[str], people: Iterable[Person]) -> set[str]:
    """Those of ``candidates`` holding a minister's post that does not head the government."""
    return {
        person.key
        for person in people
        if person.key in candidates
        and any(
            "minister" in fold(post.title).split()
            and not any(head in fold(post.title) for head in _HEADS_OF_GOVERNMENT)
            for post in person.posts
        )
    }
