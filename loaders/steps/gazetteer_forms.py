"""The gazetteer's surface forms, indexed by their first folded token for look-up in running text.

Matching a thousand names with one regex scans every sentence at every position; an index
keyed by the first token costs one dictionary look-up per capitalised word. Kept apart from
``recognize`` because the index is built once per gazetteer and says only which forms exist
and which wins when two kinds share one, not where a form counts as a mention.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dkg.loaders.gazetteer import Gazetteer, fold

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]\w*(?:['\u2019](?!s\b)\w+)*")
"""Words; dotted abbreviations ("U.S.") stay one token. Hyphens and dashes split words, and so
does a possessive "'s" ("Vietnam's Prime Minister"), while "Côte d'Ivoire" keeps its word."""

Entity = tuple[str, object]
"""A kind and the gazetteer entry: "country" or "demonym" with an ISO2 code, "city", "venue",
"organization" with the entry itself."""


@dataclass(frozen=True)
class Form:
    """One surface form: its folded tokens, the entity it names, and whether it is an acronym
    (matched only when written in capitals)."""

    tokens: tuple[str, ...]
    entity: Entity
    acronym: bool


@functools.lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """``fold`` of one token, remembered: news repeats a small vocabulary of words."""
    return fold(token)


def build_index(gazetteer: Gazetteer) -> dict[str, tuple[Form, ...]]:
    """Surface forms of every place and organization, grouped by their first folded token."""
    forms: dict[tuple[str, ...], Form] = {}

    def add(surface: str, entity: Entity) -> None:
        tokens = tuple(fold(t) for t in TOKEN.findall(surface))
        tokens = tuple(t for t in tokens if t)
        if tokens and tokens[0] == "the":
            tokens = tokens[1:]
        if not tokens or tokens in forms:
            return
        acronym = surface.replace(".", "").isupper() and len(surface.replace(".", "")) <= 4
        forms[tokens] = Form(tokens, entity, acronym)

    # Order sets priority for forms two kinds share: a country name beats a city of that name.
    demonyms = {fold(d) for c in gazetteer.countries for d in c.demonyms}
    for country in gazetteer.countries:
        for surface in (country.name, country.official_name, *country.aliases, *country.demonyms):
            kind = "demonym" if fold(surface) in demonyms else "country"
            if fold(surface) in gazetteer.ambiguous_country_forms:
                amb = gazetteer.ambiguous_country_forms[fold(surface)]
                if amb.preferred is None:
                    continue
                add(surface, (kind, amb.preferred))
            else:
                add(surface, (kind, country.iso2))
    for form_text, iso2 in gazetteer.country_surface_forms().items():
        folded = fold(form_text)
        plural = folded.endswith("s") and folded[:-1] in demonyms
        add(form_text, ("demonym" if folded in demonyms or plural else "country", iso2))
    for venue in gazetteer.venues:
        for surface in (venue.name, *venue.aliases):
            add(surface, ("venue", venue))
    for city in gazetteer.cities:
        for surface in (city.name, *city.aliases):
            add(surface, ("city", gazetteer.city(surface) or city))
    for organization in gazetteer.organizations:
        for surface in (organization.name, *organization.aliases):
            add(surface, ("organization", organization))
    index: dict[str, list[Form]] = {}
    for form in forms.values():
        index.setdefault(form.tokens[0], []).append(form)
    return {
        first: tuple(sorted(group, key=lambda f: -len(f.tokens))) for first, group in index.items()
    }
