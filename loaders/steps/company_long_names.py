"""A known company's short name followed by its descriptive long name: "the Rosatom State
Atomic Energy Corporation", "Rostec State Corporation".

News often introduces a state corporation by its brand and then what it is, in one run of
capitalised words that ends in a legal form. The run is that known company, not a new one named
by the whole run: the tail is the company's long name (the gazetteer's alias without the short
name: "State Atomic Energy Corporation Rosatom" less "Rosatom"), or it reads as a state body's
description ("State ... Corporation"). Another name after a known one ("Toyota Tsusho
Corporation", "Samsung Heavy Industries Co") is a company of its own, which this leaves alone.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.company_directory import CompanyDirectory, KnownCompany

_STATE_DESCRIPTION = re.compile(
    r"(?:State|National|Federal)(?:\s+[A-Z][\w-]*){0,5}\s+(?:Corporation|Company)"
)
"""What a state corporation is, written after its brand: "State Atomic Energy Corporation",
"State Corporation", "National Oil Company"."""
_MAX_HEAD = 3
"""Words of the known short name at most ("Rosatom", "China Railway Group")."""


def known_before_long_name(name: str, gazetteer: CompanyDirectory) -> KnownCompany | None:
    """The known company whose short name opens ``name`` and whose long name is the rest.

    >>> from dkg.loaders.gazetteer import load_gazetteer
    >>> found = known_before_long_name("Rosatom State Atomic Energy Corporation", load_gazetteer())
    >>> found.name if found else None
    'Rosatom'
    >>> known_before_long_name("Toyota Tsusho Corporation", load_gazetteer()) is None
    True
    """
    words = name.split()
    for size in range(1, min(_MAX_HEAD, len(words) - 1) + 1):
        known = gazetteer.company(" ".join(words[:size]))
        if known is None:
            continue
        tail = " ".join(words[size:])
        if _STATE_DESCRIPTION.fullmatch(tail) or any(
            _without(alias, known.name) == tail for alias in known.aliases
        ):
            return known
    return None


def _without(alias: str, short: str) -> str:
    """The alias with the short name left out: "State Atomic Energy Corporation Rosatom" less
    "Rosatom" is "State Atomic Energy Corporation"."""
    return " ".join(alias.replace(short, " ").split())
