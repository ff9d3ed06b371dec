"""When a fact the service returns matches a gold fact: names, places, dates, numbers, phrases.

The comparisons are the users' scorer's (``../shared/tools/score_extraction.py``), so that
``dkg evaluate`` counts the same matches: names folded to lower-case ASCII words, the same
country and city spellings grouped, dates met by any answer at least as precise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Final

# Each group lists spellings of one country that the gold and the service may use. The groups
# are the same as the shared scorer's, so that both count the same matches.
_COUNTRY_VARIANTS: Final[Mapping[str, tuple[str, ...]]] = {
    "kyrgyzstan": ("kyrgyz republic",),
    "russia": ("russian federation",),
    "china": ("prc", "peoples republic of china"),
    "south korea": ("republic of korea", "korea"),
    "united states": ("usa", "us", "united states of america", "america"),
    "united kingdom": ("uk", "great britain", "britain"),
    "turkey": ("turkiye", "republic of turkiye"),
    "united arab emirates": ("uae",),
    "kazakhstan": ("kazakh", "republic of kazakhstan"),
    "france": ("french republic",),
    "uzbekistan": ("republic of uzbekistan",),
    "tajikistan": ("republic of tajikistan",),
    "germany": ("federal republic of germany",),
    "iran": ("islamic republic of iran",),
    "vietnam": ("viet nam",),
    "czech republic": ("czechia",),
    "netherlands": ("holland", "the netherlands"),
}
_CITY_VARIANTS: Final[Mapping[str, tuple[str, ...]]] = {
    "astana": ("nur sultan", "nursultan", "akorda"),
    "paris": ("elysee palace",),
}
# Words that carry no meaning when comparing names of sectors ("the energy sector" ~ "energy").
_SECTOR_FILLER: Final = frozenset(
    {"of", "the", "and", "a", "an", "for", "to", "in", "on", "cooperation"}
    | {"sector", "sectors", "industry", "sphere", "spheres", "area", "areas", "field", "fields"}
)


def _canonical(variants: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {spelling: name for name, spellings in variants.items() for spelling in spellings}


_COUNTRY: Final = _canonical(_COUNTRY_VARIANTS)
_CITY: Final = _canonical(_CITY_VARIANTS)


def fold(text: str | None) -> str:
    """Lower-case ASCII words: accents, punctuation and spacing never decide a match."""
    if not text:
        return ""
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", bare).split())


def name_of(ref: object) -> str:
    """The name of a Ref (or of a plain string, or of any item with a name or a label)."""
    if isinstance(ref, str):
        return ref
    if isinstance(ref, Mapping):
        return str(ref.get("name") or ref.get("label") or "")
    return ""


def same_country(gold: str | None, got: object) -> bool:
    want, have = fold(gold), fold(name_of(got))
    return bool(want) and _COUNTRY.get(want, want) == _COUNTRY.get(have, have)


def same_city(gold: str | None, got: object) -> bool:
    want, have = fold(gold), fold(name_of(got))
    want, have = _CITY.get(want, want), _CITY.get(have, have)
    # "Rabat" matches a place named "Rabat Sale": one side may be a word of the other.
    return bool(want) and (want == have or want in have.split() or have in want.split())


def same_person(gold: str, got: object) -> bool:
    """Same surname (last word), or a one-word name that is one of the other name's words.

    This is the shared scorer's rule, kept as it is so both measures agree: a gold name is
    written as the text writes it, generational suffix ("Jr.") included.
    """
    want, have = fold(gold).split(), fold(name_of(got)).split()
    if not want or not have:
        return False
    if want[-1] == have[-1]:
        return True
    return (len(want) == 1 and want[0] in have) or (len(have) == 1 and have[0] in want)


def date_fits(gold: str | None, got: object) -> bool:
    """An answer meets a gold date when it is at least as precise and agrees with it.

    ``--MM-DD`` in the gold (no year known) is met by any year with that month and day.
    """
    if not gold:
        return True
    if not isinstance(got, str) or not got:
        return False
    if not gold.startswith("--"):
        return got.startswith(gold)
    want = gold[2:].split("-")
    have = got[2:].split("-") if got.startswith("--") else got.split("-")[1:]
    return have[: len(want)] == want


def _phrase_words(text: str) -> set[str]:
    # A crude singular ("ports" ~ "port") that leaves short words ("gas") alone.
    words = (w for w in fold(text).split() if w not in _SECTOR_FILLER)
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}


def same_phrase(gold: str, got: str) -> bool:
    """Sector names match when the words of one contain the other's (fillers ignored)."""
    want, have = _phrase_words(gold), _phrase_words(got)
    if want and have and (want <= have or have <= want):
        return True
    if not want or not have:
        return fold(gold) == fold(got)
    return fold(gold).replace(" ", "") == fold(got).replace(" ", "")


def close(value: float, target: float, share: float) -> bool:
    """True when ``value`` is within ``share`` (0.02 = 2%) of ``target``."""
    return abs(value - target) <= share * abs(target)
