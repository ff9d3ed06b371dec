"""The military rank written between a civil title and the name, kept as a post of its own.

Officers who hold a civil office are styled with both: "Prime Minister Senior General Min Aung
Hlaing", "Defence Minister Colonel-General Alexander Fomin", "Chief of Staff Major General X".
The rank is read as the name's form of address, so that the name starts after it; but the story
then calls the officer by the rank alone ("the Senior General said", "the Field Marshal"), and a
role reference finds its holder by the posts people hold. So when the story refers back to the
rank, it is kept as a second post of the same person; otherwise the rank stays the form of
address it is ("Navy Commander Admiral X" holds the post of Commander). Only ranks (forms of
address that are also posts and are an officer's grade) count: "President Sheikh X" gives no
post "Sheikh".
"""

from __future__ import annotations

import re

from dkg.loaders.gazetteer import fold

_RANK_WORDS = frozenset(
    {"general", "admiral", "marshal", "colonel", "brigadier", "commodore", "major"}
)
"""The words that make a form of address an officer's grade, folded: the general and flag
ranks of armies, navies and air forces and the field ranks below them."""


_RANK_MODIFIERS = frozenset({"senior", "lieutenant", "field", "vice", "rear", "air"})
"""The words that grade a rank ("Lieutenant General", "Rear Admiral", "Air Marshal")."""


def is_rank(title: str) -> bool:
    """Whether a post title is an officer's rank alone ("General", "Lieutenant General",
    "Field Marshal"), which says nothing of the office its holder has: not "Chief of General
    Staff" or "Attorney General".

    >>> is_rank("Lieutenant-General"), is_rank("Chief of General Staff")
    (True, False)
    """
    words = fold(title).replace("-", " ").split()
    return (
        bool(words)
        and words[-1] in _RANK_WORDS
        and all(w in _RANK_WORDS or w in _RANK_MODIFIERS for w in words)
    )


def rank_in(address: str, title: re.Pattern[str], ranks: frozenset[str]) -> str | None:
    """The officer's rank inside the forms of address ``address`` written after a title, as a
    post title ("Senior General"), or None when it holds none.

    ``ranks`` holds the forms of address folded; a rank must be one and also match ``title``,
    the pattern of posts.
    """
    for found in title.finditer(address):
        written = found.group()
        folded = fold(written)
        if folded in ranks and not _RANK_WORDS.isdisjoint(folded.replace("-", " ").split()):
            return written
    return None


def referred_to(rank: str, text: str) -> bool:
    """Whether the text calls someone by the rank alone, after "the": "the Senior General said".

    >>> referred_to("Senior General", "Later the Senior General said so."), referred_to(
    ...     "Admiral", "Navy Commander Admiral X met the press.")
    (True, False)
    """
    return re.search(rf"\b[Tt]he\s+{re.escape(rank)}\b(?!\s+[A-Z])", text) is not None
