"""The posts of a head of state or of government: one list for every step that asks whether
someone leads a country.

Steps ask it for different ends (whom "the two leaders" are, whether one who joins a visitor
came in their own right, which post of a host only a state has, whom "the Kenyan leader"
means), but a country's leader is the same person to all of them: a title added for one (the
Taoiseach, a Captain Regent) is a leader's to each. The titles of ``titles.json`` do not say
which head titles lead a country rather than a ministry or a mission, so the list is here.
"""

from __future__ import annotations

from typing import Final

from dkg.loaders.gazetteer import fold

HEAD_OF_GOVERNMENT_POSTS: Final = frozenset(
    {"Prime Minister", "Chancellor", "Head of Government", "Taoiseach", "State Counsellor"}
)
"""The posts of a head of government, as posts are written once normalised ("Premier" and
"Federal Chancellor" are read as "Prime Minister" and "Chancellor")."""

MONARCH_POSTS: Final = frozenset(
    {"King", "Queen", "Emperor", "Empress", "Emir", "Sultan", "Grand Duke", "Grand Duchess"}
)
"""The posts of a reigning monarch, whom "the monarch" means ("Amir" is read as "Emir")."""

LEADER_POSTS: Final = (
    HEAD_OF_GOVERNMENT_POSTS
    | MONARCH_POSTS
    | frozenset(
        {
            "President",
            "Federal President",
            "State President",
            "Crown Prince",
            "Pope",
            "Supreme Leader",
            "Leader of the Islamic Revolution",
            "Co-Prince",
            "Governor-General",
            "Captain Regent",
            "Head of State",
            "Chairman of the Presidential Council",
            "Chairman of the Transitional Sovereignty Council",
        }
    )
)
"""The posts of a head of state or of government, as posts are written once normalised (the
heads of ``titles.json`` that lead a country rather than a ministry or a mission); a crown
prince is here as the one who governs in his father's name."""

LEADER_TITLES: Final = frozenset(fold(post) for post in LEADER_POSTS)
"""``LEADER_POSTS`` folded, for the steps that compare a post's folded title."""
HEAD_OF_GOVERNMENT_TITLES: Final = frozenset(fold(post) for post in HEAD_OF_GOVERNMENT_POSTS)
"""``HEAD_OF_GOVERNMENT_POSTS`` folded."""
MONARCH_TITLES: Final = frozenset(fold(post) for post in MONARCH_POSTS)
"""``MONARCH_POSTS`` folded."""
