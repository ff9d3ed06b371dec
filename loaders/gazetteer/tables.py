"""Reading the packaged data files (tab-separated, one entity a row) into entities.

Format of every ``*.tsv`` here: UTF-8, a header row, tabs between columns, ``|`` between the
values of a multi-valued cell, an empty cell for "unknown", and lines starting with ``#`` as
comments (used to say why a row or a value is what it is).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import resources

from .entities import AmbiguousForm, City, Company, Country, Organization, Venue
from .surface import fold

_QID_PREFIX = "Q"


class GazetteerDataError(ValueError):
    """A packaged data file is malformed; the message names the file, the row and the fix."""


def read_rows(filename: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line number, row)`` for each data row of a packaged TSV file.

    Raises:
        GazetteerDataError: a row has the wrong number of columns.
    """
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise GazetteerDataError(
                f"{filename}:{number}: expected {len(header)} tab-separated columns "
                f"({', '.join(header)}), found {len(cells)}; fix the row"
            )
        yield number, dict(zip(header, cells, strict=True))


def _many(cell: str) -> tuple[str, ...]:
    if not cell:  # most cells are empty: skip the split
        return ()
    return tuple(value for value in (v.strip() for v in cell.split("|")) if value)


def _qid(cell: str, where: str) -> str | None:
    if not cell:
        return None
    cell = cell.strip()
    if not (cell[:1] == _QID_PREFIX and cell[1:].isdigit() and cell[1] != "0"):
        raise GazetteerDataError(
            f"{where}: {cell!r} is not a Wikidata QID like Q142; fix or empty it"
        )
    return cell


def load_cities(filename: str = "cities.tsv") -> tuple[tuple[City, str], ...]:
    """Read cities with their role: ``capital`` (the one usually meant), ``seat`` or ``""``."""
    cities = []
    for number, row in read_rows(filename):
        role = row["role"].strip()
        if role not in ("capital", "seat", ""):
            raise GazetteerDataError(f"{filename}:{number}: role must be capital, seat or empty")
        city = City(
            name=row["name"].strip(),
            aliases=_many(row["aliases"]),
            country=row["iso2"].strip().upper(),
            wikidata=_qid(row["wikidata"], f"{filename}:{number}"),
            is_capital=bool(role),
        )
        cities.append((city, role))
    return tuple(cities)


def load_countries(
    capitals: dict[str, City],
    expand_demonyms: Callable[[tuple[str, ...]], tuple[str, ...]],
    filename: str = "countries.tsv",
) -> tuple[Country, ...]:
    """Read countries, attaching each one's capital (from cities.tsv) and full demonym list."""
    countries = []
    for number, row in read_rows(filename):
        iso2 = row["iso2"].strip().upper()
        capital = capitals.get(iso2)
        if capital is None:
            raise GazetteerDataError(
                f"{filename}:{number}: {iso2} has no row with role 'capital' in cities.tsv; add one"
            )
        listed = _many(row["demonyms"])
        aliases = _many(row["aliases"])
        aliases += tuple(
            a for a in _republic_of(row["name"].strip(), row["official_name"]) if a not in aliases
        )
        names = {row["name"].strip(), row["official_name"].strip(), *aliases}
        # A regular plural the expansion adds never shadows the country's own name: the plural
        # of "Philippine" is "Philippines", and "in the Philippines" names the country.
        demonyms = tuple(d for d in expand_demonyms(listed) if d in listed or d not in names)
        countries.append(
            Country(
                iso2=iso2,
                iso3=row["iso3"].strip().upper(),
                name=row["name"].strip(),
                official_name=row["official_name"].strip(),
                aliases=aliases,
                demonyms=demonyms,
                capital=capital,
                wikidata=_qid(row["wikidata"], f"{filename}:{number}"),
                status=row["status"].strip(),
            )
        )
    return tuple(countries)


def _republic_of(name: str, official_name: str) -> tuple[str, ...]:
    """ "Republic of Togo" for a country whose official name puts the adjective first
    ("Togolese Republic"): news and translations write both, and without the second form the
    country is found only in its last word, so "a visit to the Republic of Togo" lost its host."""
    official = official_name.strip()
    if not official.endswith(" Republic") or "Republic" in name:
        return ()
    return (f"Republic of {name}",)


def load_venues(
    cities: dict[tuple[str, str], City], filename: str = "venues.tsv"
) -> tuple[Venue, ...]:
    """Read venues and place each in its city, looked up by (ISO2, city name as in cities.tsv)."""
    venues = []
    for number, row in read_rows(filename):
        key = (row["iso2"].strip().upper(), row["city"].strip())
        city = cities.get(key)
        if city is None:
            raise GazetteerDataError(
                f"{filename}:{number}: city {key[1]!r} ({key[0]}) is not a name in cities.tsv; "
                "use the city's name exactly as cities.tsv spells it, or add the city there"
            )
        venues.append(
            Venue(
                name=row["name"].strip(),
                aliases=_many(row["aliases"]),
                city=city,
                kind=row["kind"].strip(),
                wikidata=_qid(row["wikidata"], f"{filename}:{number}"),
            )
        )
    return tuple(venues)


def load_companies(filename: str = "companies.tsv") -> tuple[Company, ...]:
    """Read companies."""
    return tuple(
        Company(
            name=row["name"].strip(),
            aliases=_many(row["aliases"]),
            country=row["iso2"].strip().upper(),
            sector=row["sector"].strip(),
            wikidata=_qid(row["wikidata"], f"{filename}:{number}"),
        )
        for number, row in read_rows(filename)
    )


def load_organizations(filename: str = "organizations.tsv") -> tuple[Organization, ...]:
    """Read organisations; an empty ``iso2`` cell means an international body."""
    return tuple(
        Organization(
            name=row["name"].strip(),
            aliases=_many(row["aliases"]),
            kind=row["kind"].strip(),
            country=row["iso2"].strip().upper() or None,
            wikidata=_qid(row["wikidata"], f"{filename}:{number}"),
        )
        for number, row in read_rows(filename)
    )


def load_ambiguous_forms(filename: str = "ambiguous_forms.tsv") -> tuple[AmbiguousForm, ...]:
    """Read the country surface forms that need context, and how each is resolved.

    The ``forms`` cell may list several forms sharing one resolution ("Korean|Koreans").
    """
    return tuple(
        AmbiguousForm(
            form=fold(form),
            candidates=tuple(c.upper() for c in _many(row["candidates"])),
            preferred=row["preferred"].strip().upper() or None,
            reason=row["reason"].strip(),
        )
        for _, row in read_rows(filename)
        for form in _many(row["forms"])
    )
