"""Deterministic IRIs from stable keys: the only place where instance IRIs are made.

Shared entities (countries, people, companies, organizations, visits) get keys from normalised
names so that two documents about the same thing meet on one node; per-document facts get the
document name plus a short hash of their defining fields. No blank nodes, no clocks, no
counters: ingesting the same text twice gives the same IRIs (MODEL.md, "Namespaces and IRIs").
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from urllib.parse import quote

from pyoxigraph import NamedNode

from dkg.ontology import ID

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")
_FINAL_Y = re.compile(r"(?<=[^aeiouy])(?:iy|yy|y)(?=-|$)")
_SAFE_KEY = re.compile(r"[A-Za-z0-9._~-]*")
"""Characters ``quote`` leaves as they are: most keys are slugs and need no encoding."""
_GENERATION = re.compile(r"\A([a-z0-9]+(?:-[a-z0-9]+)+)-(?:jr|sr|ii|iii|iv)\Z")
"""A generational suffix after a given and a family name ("Joseph R. Biden Jr.", "Martin
Luther King III"), which news drops as often as it writes it: the key leaves it out so both
forms are one person. A regnal number after a single name ("Charles III") stays."""
_TRANSLIT_CHARS = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "\u0131": "i", "æ": "ae"})


@functools.lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: the key form of any name.

    >>> slug("Élysée Palace")
    'elysee-palace'
    """
    text = unicodedata.normalize("NFKD", text.casefold().translate(_TRANSLIT_CHARS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_SLUG.sub("-", text).strip("-")


@functools.lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """The key of a person's name, with common transliteration variants folded together.

    Russian and Central Asian names reach English news in several spellings; folding "zh" to
    "j", doubled consonants, a "y" between vowels and a final "iy"/"y" makes them meet.

    >>> person_key("Kassym-Jomart Tokayev") == person_key("Kasym-Zhomart Tokaev")
    True
    >>> person_key("Shavkat Mirziyoyev") == person_key("Shavkat Mirziyoev")
    True
    >>> person_key("Joseph R. Biden Jr.") == person_key("Joseph R. Biden")
    True
    """
    key = _GENERATION.sub(r"\1", slug(name))
    key = key.replace("dzh", "j").replace("zh", "j")
    key = key.replace("iy", "i")
    key = _DOUBLED.sub(r"\1", key)
    key = _Y_BETWEEN_VOWELS.sub("", key)
    return _FINAL_Y.sub("i", key)


def short_hash(*fields: str) -> str:
    """Six hex digits that tell apart the facts of one document by their defining fields."""
    return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()[:6]


@functools.lru_cache(maxsize=65536)
def iri(kind: str, key: str) -> NamedNode:
    """The IRI ``dkgid:{kind}/{key}``; the key is percent-encoded where it is not a slug.

    >>> iri("country", "fr").value
    'https://w3id.org/diplomatic-kg/id/country/fr'
    """
    encoded = key if _SAFE_KEY.fullmatch(key) else quote(key, safe="-._~")
    return NamedNode(f"{ID}{kind}/{encoded}")


def fact_iri(kind: str, document: str, *fields: str) -> NamedNode:
    """The IRI of a per-document fact: document name plus a hash of what defines the fact."""
    return iri(kind, f"{document}-{short_hash(*fields)}")


def evidence_iri(document: str, start: int, end: int) -> NamedNode:
    """The IRI of the Evidence node that quotes ``text[start:end]`` of a document."""
    return iri("evidence", f"{document}-{start}-{end}")


def visit_key(visitor: str, host_iso2: str, year: int | None) -> str:
    """The shared key of a visit: visitor key, host country and year, or ``undated``.

    >>> visit_key("emmanuel-macron", "KZ", 2024)
    'emmanuel-macron-kz-2024'
    """
    return f"{visitor}-{host_iso2.lower()}-{year if year is not None else 'undated'}"
