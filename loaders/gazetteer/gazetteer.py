"""The gazetteer: every country, capital, major city, venue, company and organisation we link.

``load_gazetteer()`` reads the packaged tables once per process and builds look-up indices
keyed by :func:`~dkg.loaders.gazetteer.surface.fold`, so look-ups ignore case, diacritics,
dots, dashes and a leading "the".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar

from .entities import AmbiguousForm, City, Company, Country, Organization, Venue
from .surface import fold, plural_demonym, strip_diacritics
from .tables import (
    GazetteerDataError,
    load_ambiguous_forms,
    load_cities,
    load_companies,
    load_countries,
    load_organizations,
    load_venues,
    read_rows,
)
from .titles import Titles, load_titles

T = TypeVar("T")


@dataclass(frozen=True)
class Gazetteer:
    """Look-ups from any surface form to the entity it names; build it with ``load_gazetteer``.

    ``ambiguous_country_forms`` (keyed by folded form) lists country forms that need context
    and how each resolves; ``context_forms`` (folded form -> reason) does the same for names
    of cities, venues, companies and organisations that are ordinary words.
    """

    countries: tuple[Country, ...]
    cities: tuple[City, ...]
    venues: tuple[Venue, ...]
    companies: tuple[Company, ...]
    organizations: tuple[Organization, ...]
    titles: Titles
    company_legal_suffixes: tuple[str, ...]
    ambiguous_country_forms: Mapping[str, AmbiguousForm]
    context_forms: Mapping[str, str]
    _country_index: Mapping[str, Country] = field(repr=False, compare=False)
    _country_names: Mapping[str, Country] = field(repr=False, compare=False)
    _country_forms: Mapping[str, str] = field(repr=False, compare=False)

    # The indices of cities, venues, companies and organisations are built on first use, so
    # that a process which needs only countries does not pay for folding ~8,000 names.

    @functools.cached_property
    def _city_index(self) -> Mapping[str, tuple[City, ...]]:
        # Capitals first, then the file's order (larger cities first within a country).
        ordered = sorted(self.cities, key=lambda c: not c.is_capital)
        return MappingProxyType(_index((f, c) for c in ordered for f in (c.name, *c.aliases)))

    @functools.cached_property
    def _venue_index(self) -> Mapping[str, tuple[Venue, ...]]:
        return MappingProxyType(_index((f, v) for v in self.venues for f in (v.name, *v.aliases)))

    @functools.cached_property
    def _company_index(self) -> Mapping[str, Company]:
        forms = ((f, c) for c in self.companies for f in (c.name, *c.aliases))
        return MappingProxyType(_unique_index("company", forms))

    @functools.cached_property
    def _organization_index(self) -> Mapping[str, tuple[Organization, ...]]:
        forms = ((f, o) for o in self.organizations for f in (o.name, *o.aliases))
        return MappingProxyType(_index(forms))

    @functools.cached_property
    def _legal_suffix_pattern(self) -> re.Pattern[str]:
        folded = sorted({fold(s) for s in self.company_legal_suffixes}, key=len, reverse=True)
        alternation = "|".join(re.escape(s) for s in folded)
        return re.compile(rf"^(?:(?:{alternation}) )+|(?: (?:{alternation}))+$")

    def country(self, key: str) -> Country | None:
        """The country named by an ISO2/ISO3 code, name, alias, demonym or adjective.

        Ambiguous forms resolve to their ``preferred`` country ("Korea" -> South Korea) or to
        ``None`` when no reading is safe ("Congo" alone); see ``ambiguous_country_forms``.

        >>> gz = load_gazetteer()
        >>> gz.country("Türkiye").iso2, gz.country("Emirati").iso2, gz.country("the U.S.").iso2
        ('TR', 'AE', 'US')
        """
        return self._country_index.get(fold(key))

    def country_named(self, form: str) -> Country | None:
        """The country a word of running text names: a name, alias, demonym or adjective, not
        an ISO code, which English writes for other things ("the TV minister", "an IT
        adviser"); a code the country goes by ("US", "UK", "UAE") is one of its aliases.

        >>> gz = load_gazetteer()
        >>> gz.country_named("UK").iso2, gz.country_named("TV"), gz.country("TV").iso2
        ('GB', None, 'TV')
        """
        return self._country_names.get(fold(form))

    def country_surface_forms(self) -> dict[str, str]:
        """Every lower-cased surface form of a country (names, aliases, demonyms) -> ISO2.

        Meant for building a matcher over running text, so ISO codes are left out (they
        collide with English words: "in", "it", "no") and so are ambiguous forms whose
        ``preferred`` is ``None``. Forms that are also ordinary words or first names
        ("Jordan", "Georgia", "Chad", "Turkey") are included; check
        ``ambiguous_country_forms`` (keyed by the folded form) before trusting a match.
        """
        return dict(self._country_forms)

    def split_post(self, text: str) -> tuple[str, str | None]:
        """Separate a post title from the country it names: ``(canonical title, ISO2 or None)``.

        The country may come first as a name, possessive or adjective ("Kazakh Foreign
        Minister", "Japan's Prime Minister") or last after "of" ("President of the Republic of
        Korea", "Minister of Foreign Affairs of Kazakhstan"). ISO codes are not taken for
        countries here ("Minister of IT" is not Italy's minister).

        >>> load_gazetteer().split_post("Minister of Foreign Affairs of the Republic of Kazakhstan")
        ('Minister of Foreign Affairs', 'KZ')
        >>> load_gazetteer().split_post("French President")
        ('President', 'FR')
        """
        words = text.split()
        for size in range(min(len(words) - 1, 6), 0, -1):
            head = " ".join(words[:size])
            if head.endswith(("'s", "\u2019s")):
                head = head[:-2]
            country = self._country_names.get(fold(head))
            if country is not None:
                return self.titles.normalize_post(" ".join(words[size:])), country.iso2
        lowered = text.casefold()
        start = lowered.find(" of ")
        while start > 0:
            country = self._country_names.get(fold(text[start + 4 :]))
            if country is not None:
                return self.titles.normalize_post(text[:start]), country.iso2
            start = lowered.find(" of ", start + 1)
        return self.titles.normalize_post(text), None

    def needs_context(self, form: str) -> str | None:
        """Why a surface form must not be trusted alone, or ``None`` when it is safe.

        Covers country forms ("Jordan", "Georgia", "us") and names of other entities that are
        ordinary words or first names ("Total", "Shell", "Visa", "State House").

        >>> load_gazetteer().needs_context("Jordan")
        'also a first and family name and the river Jordan'
        """
        key = fold(form)
        ambiguous = self.ambiguous_country_forms.get(key)
        if ambiguous is not None:
            return ambiguous.reason
        return self.context_forms.get(key)

    def city(self, name: str, country_iso2: str | None = None) -> City | None:
        """The city with this name or alias, preferring capitals, then larger cities.

        Pass ``country_iso2`` to choose between homonyms ("Tripoli", "Hyderabad").
        """
        candidates = self._city_index.get(fold(name), ())
        if country_iso2 is not None:
            wanted = country_iso2.upper()
            candidates = tuple(c for c in candidates if c.country == wanted)
        return candidates[0] if candidates else None

    def venue(self, name: str, country_iso2: str | None = None) -> Venue | None:
        """The venue with this name or alias ("Akorda", "No 10", "the Elysee").

        Some names are shared ("State House", "Palace of Independence"): without
        ``country_iso2`` the first listed wins, so pass the country when the text gives it.
        """
        candidates = self._venue_index.get(fold(name), ())
        if country_iso2 is not None:
            wanted = country_iso2.upper()
            candidates = tuple(v for v in candidates if v.country == wanted)
        return candidates[0] if candidates else None

    def venues_named(self, name: str) -> tuple[Venue, ...]:
        """Every venue with this name or alias: several for a shared name ("State House")."""
        return self._venue_index.get(fold(name), ())

    def company(self, name: str) -> Company | None:
        """The company with this name or alias, with or without its legal form.

        "JSC NC KazMunayGas", "KazMunayGas JSC" and "KMG" all find KazMunayGas.
        """
        key = fold(name)
        found = self._company_index.get(key)
        if found is None:
            bare = self._legal_suffix_pattern.sub("", key).strip()
            found = self._company_index.get(bare) if bare else None
        return found

    def organization(self, name: str, country_iso2: str | None = None) -> Organization | None:
        """The organisation with this name or abbreviation ("SCO", "Eurasian Economic Union").

        Pass ``country_iso2`` to choose a national body among homonyms.
        """
        candidates = self._organization_index.get(fold(name), ())
        if country_iso2 is not None:
            wanted = country_iso2.upper()
            candidates = tuple(o for o in candidates if o.country in (wanted, None))
        return candidates[0] if candidates else None


def _index(entries: Iterable[tuple[str, T]]) -> dict[str, tuple[T, ...]]:
    index: dict[str, list[T]] = {}
    seen: set[tuple[str, int]] = set()
    for form, entity in entries:
        key = fold(form)
        # Identity, not equality: comparing frozen dataclasses field by field is slow.
        if key and (key, id(entity)) not in seen:
            seen.add((key, id(entity)))
            index.setdefault(key, []).append(entity)
    return {key: tuple(values) for key, values in index.items()}


def _unique_index(kind: str, entries: Iterable[tuple[str, T]]) -> dict[str, T]:
    index: dict[str, T] = {}
    for key, values in _index(entries).items():
        if len(values) > 1:
            raise GazetteerDataError(
                f"the {kind} form {key!r} names {len(values)} different {kind}s: {values}; "
                "make it an alias of only one of them"
            )
        index[key] = values[0]
    return index


def _full_demonyms(cells: tuple[str, ...]) -> tuple[str, ...]:
    forms: list[str] = []
    for demonym in cells:
        forms.append(demonym)
        plural = plural_demonym(demonym)
        if plural is not None:
            forms.append(plural)
    return tuple(dict.fromkeys(forms))


def _build_country_indices(
    countries: tuple[Country, ...], ambiguous: Mapping[str, AmbiguousForm]
) -> tuple[dict[str, Country], dict[str, Country], dict[str, str]]:
    by_iso = {c.iso2: c for c in countries}
    names: dict[str, set[str]] = {}
    surface: dict[str, str] = {}
    for country in countries:
        for form in (country.name, country.official_name, *country.aliases, *country.demonyms):
            key = fold(form)
            names.setdefault(key, set()).add(country.iso2)
            for variant in {form.casefold(), strip_diacritics(form).casefold()}:
                surface.setdefault(variant, country.iso2)
    for key, isos in names.items():
        if len(isos) > 1 and key not in ambiguous:
            raise GazetteerDataError(
                f"the country form {key!r} names {sorted(isos)}; list it in ambiguous_forms.tsv "
                "with the candidates and the preferred reading (or none)"
            )
    index: dict[str, Country] = {}
    for key, isos in names.items():
        index[key] = by_iso[next(iter(isos))]
    by_name = dict(index)
    for country in countries:
        for code in (country.iso2, country.iso3):
            index.setdefault(fold(code), country)
    for entry in ambiguous.values():
        unknown = [c for c in (*entry.candidates, entry.preferred) if c and c not in by_iso]
        if unknown:
            raise GazetteerDataError(f"ambiguous_forms.tsv: {entry.form!r} names unknown {unknown}")
        if entry.preferred is None:
            index.pop(entry.form, None)
            by_name.pop(entry.form, None)
        else:
            index[entry.form] = by_name[entry.form] = by_iso[entry.preferred]
    for form_text in list(surface):
        amb = ambiguous.get(fold(form_text))
        if amb is None:
            continue
        if amb.preferred is None:
            del surface[form_text]
        else:
            surface[form_text] = amb.preferred
    for entry in ambiguous.values():
        if entry.preferred is not None:
            surface.setdefault(entry.form, entry.preferred)
    return index, by_name, surface


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Read the packaged gazetteer tables once per process and index them.

    Raises:
        GazetteerDataError: a packaged table is malformed (names the file, row and fix).
    """
    city_rows = load_cities()
    cities = tuple(city for city, _ in city_rows)
    capitals = {city.country: city for city, role in city_rows if role == "capital"}
    countries = load_countries(capitals, _full_demonyms)
    ambiguous = {form.form: form for form in load_ambiguous_forms()}
    country_index, country_names, country_forms = _build_country_indices(countries, ambiguous)
    known = {c.iso2 for c in countries}
    strays = sorted({c.country for c in cities} - known)
    if strays:
        raise GazetteerDataError(f"cities.tsv uses country codes not in countries.tsv: {strays}")
    suffixes = tuple(row["suffix"] for _, row in read_rows("legal_suffixes.tsv"))
    return Gazetteer(
        countries=countries,
        cities=cities,
        venues=load_venues({(c.country, c.name): c for c in cities}),
        companies=load_companies(),
        organizations=load_organizations(),
        titles=load_titles(),
        company_legal_suffixes=suffixes,
        ambiguous_country_forms=MappingProxyType(ambiguous),
        context_forms=MappingProxyType(
            {fold(row["form"]): row["reason"] for _, row in read_rows("context_forms.tsv")}
        ),
        _country_index=MappingProxyType(country_index),
        _country_names=MappingProxyType(country_names),
        _country_forms=MappingProxyType(country_forms),
    )
