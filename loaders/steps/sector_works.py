"""Works on a thing whose plural names an area: "road rehabilitation", "bridge repairs".

English writes a compound's modifier in the singular, so the plural label ("roads", "bridges",
"hospitals") is not found before the work done on it; the pair names the plural's area, as the
scheme's "road construction" names road transport. "Building" is left out: "bridge building"
is as often the making of friends.
"""

from __future__ import annotations

from dkg.loaders.steps.sector_tokens import Token

WORKS = frozenset(
    {"rehabilitation", "repair", "repairs", "maintenance", "upgrading", "upgrade", "upgrades"}
    | {"modernisation", "modernization", "construction", "expansion", "works", "renovation"}
    | {"reconstruction", "rebuilding", "refurbishment"}
)
"""The work done on a thing; tested before anything else, as most words are followed by none."""


def plural_before_works(tokens: list[Token], at: int) -> str | None:
    """The plural key of the word at ``at`` when a work noun follows it ("road" -> "roads")."""
    if at + 1 >= len(tokens) or tokens[at + 1].key not in WORKS or not tokens[at].key.isalpha():
        return None
    return tokens[at].key + "s"
