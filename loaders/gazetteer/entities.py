"""The kinds of named things the gazetteer knows, as frozen dataclasses.

They carry only what linking needs: display names, the forms news writers use, the ISO code of
the country they belong to and, where we are confident of it, the Wikidata item (``Q...``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    """A city: every capital of a country in the gazetteer, plus large and diplomatic cities.

    ``country`` is the ISO 3166-1 alpha-2 code of the country it lies in. ``aliases`` holds
    historical and alternate names (``Nur-Sultan`` for Astana, ``Bombay`` for Mumbai).
    ``is_capital`` is true for every official capital or seat of government, so Bolivia has
    two (La Paz, Sucre); ``Country.capital`` names the one usually meant.
    """

    name: str
    aliases: tuple[str, ...]
    country: str
    wikidata: str | None
    is_capital: bool


@dataclass(frozen=True)
class Country:
    """A sovereign state (UN member or observer) or a widely reported partially recognised one.

    ``demonyms`` holds adjectives and nouns, singular and plural ("Kazakh", "Kazakhstani",
    "Kazakhs"). ``status`` is ``"member"`` (UN member state), ``"observer"`` (UN observer
    state: Palestine, Holy See) or ``"partially-recognised"`` (e.g. Taiwan, Kosovo).
    """

    iso2: str
    iso3: str
    name: str
    official_name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: City
    wikidata: str | None
    status: str

    @property
    def is_un_state(self) -> bool:
        """True for the 193 UN members and the two observer states."""
        return self.status in ("member", "observer")


@dataclass(frozen=True)
class Venue:
    """A building or compound where diplomacy happens: a residence, palace, chancellery, hall."""

    name: str
    aliases: tuple[str, ...]
    city: City
    kind: str
    wikidata: str | None

    @property
    def country(self) -> str:
        """The ISO2 code of the country the venue's city lies in."""
        return self.city.country


@dataclass(frozen=True)
class Company:
    """A well-known company, with its home country (ISO2) and sector."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    wikidata: str | None


@dataclass(frozen=True)
class Organization:
    """A body that is not a company: international organisation, UN agency, bank, forum.

    ``kind`` is one of ``international`` (intergovernmental body), ``agency`` (specialised or
    subsidiary agency), ``bank`` (development bank or fund), ``forum`` (summit format,
    dialogue or conference), ``court``, ``university``, ``think tank``, ``ngo``,
    ``national agency`` (a state's development, trade or investment agency) and ``ministry``.
    ``country`` is the ISO2 of a national body and ``None`` for international ones.
    """

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    wikidata: str | None


@dataclass(frozen=True)
class AmbiguousForm:
    """A country surface form that a recognizer must not trust without context.

    ``candidates`` lists every country the form can denote (one for forms such as "Jordan"
    that are ambiguous with non-country words, two or more for "Congo" or "Korean").
    ``preferred`` is what ``Gazetteer.country`` returns for it, or ``None`` when no reading is
    safe enough to default to. ``reason`` says what else the form means.
    """

    form: str
    candidates: tuple[str, ...]
    preferred: str | None
    reason: str
