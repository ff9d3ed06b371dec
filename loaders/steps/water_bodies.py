"""The world's gulfs, seas, bays and oceans whose names hold a country's name or demonym.

"the situation in the Gulf of Guinea", "patrols in the South China Sea", "an island of the
Indian Ocean": the name is a stretch of water, not the country, so the country is no place of
the story and no visit goes there. The list is complete for its kind: the bodies of water the
International Hydrographic Organization's "Limits of Oceans and Seas" (S-23) and the press name
after a country or its people, in the forms the press writes, plus the names the riparian
states use ("West Philippine Sea", "Gulf of America").
"""

from __future__ import annotations

from dkg.loaders.gazetteer import fold

WATER_BODIES = (
    # Gulfs.
    "Gulf of Guinea", "Gulf of Mexico", "Gulf of America", "Mexican Gulf", "Gulf of Oman",
    "Gulf of Thailand", "Gulf of Finland", "Gulf of Bahrain", "Gulf of Honduras",
    "Gulf of Panama", "Gulf of Venezuela", "Gulf of Papua", "Persian Gulf",
    # Seas.
    "South China Sea", "East China Sea", "Sea of Japan", "Japan Sea", "Philippine Sea",
    "West Philippine Sea", "Irish Sea", "Norwegian Sea", "Libyan Sea", "Greenland Sea",
    "Timor Sea", "Sea of Oman", "Oman Sea", "Argentine Sea", "Arabian Sea",
    # Bays.
    "Bay of Bengal", "Korea Bay", "Bay of Panama", "Panama Bay",
    # Oceans.
    "Indian Ocean",
)  # fmt: skip
"""Every such body of water, as the press capitalises it."""


def _index(names: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The folded words of each name, grouped by the first word and longest first, as the
    recognizer's own index is: a capitalised run is tested against them word by word."""
    index: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name in sorted(names, key=lambda name: -len(name.split())):
        tokens = tuple(fold(word) for word in name.split())
        index[tokens[0]] = (*index.get(tokens[0], ()), tokens)
    return index


WATER_BODY_TOKENS = _index(WATER_BODIES)
"""Each name's folded words, by its first word."""


def water_body_length(folded: list[str], at: int) -> int:
    """How many words from ``at`` name a body of water (0 when none starts there).

    >>> water_body_length(["in", "the", "gulf", "of", "guinea"], 2)
    3
    >>> water_body_length(["guinea", "and", "mexico"], 0)
    0
    """
    for tokens in WATER_BODY_TOKENS.get(folded[at], ()):
        if tuple(folded[at : at + len(tokens)]) == tokens:
            return len(tokens)
    return 0
