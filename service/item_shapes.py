"""Assemble the nested items of API.md from the flat rows a canned query returns.

A query returns one row per (fact, source, multi-valued field) combination, read inside each
document's graph. Rows are grouped by their ``id`` column and folded into one item per fact,
whose ``sources`` list every document that reports it. Where documents disagree on a single
value (a visit's date, a person's name), the fold keeps the most informative one: the longest
lexical form, which for dates is the most precise (MODEL.md, "Dates").

The shapes are declared per endpoint in :data:`SHAPES`, from a handful of field readers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from pyoxigraph import Triple

from dkg.service.results import Term

Json = Any
Value = Term | str
"""A term as a query answers it, or its lexical form as a filter table keeps it
(:mod:`dkg.service.filter_table`): the fold reads lexical forms only."""
Row = Mapping[str, Value]
"""One solution: variable name to term, unbound variables left out."""
Read = Callable[[Sequence[Row]], Json]


def lexical(term: Value) -> str:
    """The lexical form of a term (an IRI's text, a literal's value)."""
    if isinstance(term, str):
        return term
    return str(term) if isinstance(term, Triple) else term.value


def _values(rows: Sequence[Row], column: str) -> list[str]:
    """The distinct lexical values of ``column`` in ``rows``, in order of appearance."""
    if len(rows) == 1:  # most facts have one source: no dict to build
        term = rows[0].get(column)
        return [] if term is None else [lexical(term)]
    seen: dict[str, None] = {}
    for row in rows:
        term = row.get(column)
        if term is not None:
            seen.setdefault(lexical(term), None)
    return list(seen)


def _longest(values: Sequence[str]) -> str | None:
    """The most informative of several readings: longest, then first in code-point order."""
    if len(values) == 1:
        return values[0]
    return min(values, key=lambda v: (-len(v), v), default=None)


def text(column: str) -> Read:
    """A string: the longest value the sources give, or None."""
    return lambda rows: _longest(_values(rows, column))


def date(column: str) -> Read:
    """A Date string of API.md: the most precise (longest) lexical form, or None."""
    return text(column)


FALLBACK_CODES: Final = frozenset({"unspecified", "other"})
"""The code a list gives what the text did not qualify ("a visit", a figure of no named kind)."""


def code(column: str) -> Read:
    """The local name of a code-list IRI (``.../visit-type/state`` -> ``state``).

    Where sources disagree, a qualified code wins over the list's fallback: one report of "a
    state visit" and another of "the visit" tell a state visit, not an unspecified one (the
    longest name, which the other fields keep, would pick ``unspecified``)."""

    def read(rows: Sequence[Row]) -> str | None:
        names = [value.rsplit("/", 1)[-1] for value in _values(rows, column)]
        return _longest([name for name in names if name not in FALLBACK_CODES] or names)

    return read


def number(column: str) -> Read:
    """A JSON number: an int when the value is whole, else a float."""

    def read(rows: Sequence[Row]) -> int | float | None:
        for text in _values(rows, column):
            try:
                value = Decimal(text)
            except InvalidOperation:
                continue
            if value.is_finite():
                return int(value) if value == value.to_integral_value() else float(value)
        return None

    return read


def integer(column: str) -> Read:
    """An int (for years, the leading year digits of a gYear), or None."""

    def read(rows: Sequence[Row]) -> int | None:
        for text in _values(rows, column):
            digits = text.lstrip("+")[:4] if column.endswith("year") else text
            if digits.isdigit():
                return int(digits)
        return None

    return read


def ref(prefix: str) -> Read:
    """A Ref ``{"id", "name", "wikidata"}`` from ``{prefix}_id/_name/_wikidata``, or None."""

    def read(rows: Sequence[Row]) -> dict[str, str | None] | None:
        groups = _group(rows, f"{prefix}_id")
        if not groups:
            return None
        first = min(groups)
        mine = groups[first]
        return {
            "id": first,
            "name": text(f"{prefix}_name")(mine) or _key_name(first),
            "wikidata": text(f"{prefix}_wikidata")(mine),
        }

    return read


def refs(prefix: str) -> Read:
    """A list of Refs, one per distinct ``{prefix}_id``, sorted by name then IRI."""

    def read(rows: Sequence[Row]) -> list[Json]:
        found = [ref(prefix)(group) for group in _group(rows, f"{prefix}_id").values()]
        return sorted(found, key=lambda r: (r["name"].lower(), r["id"]))

    return read


def objects(key: str, fields: Mapping[str, Read]) -> Read:
    """A list of objects, one per distinct ``key`` value, each built from its own rows."""

    def read(rows: Sequence[Row]) -> list[Json]:
        return [{n: f(group) for n, f in fields.items()} for group in _group(rows, key).values()]

    return read


def optional_object(when: str, fields: Mapping[str, Read]) -> Read:
    """An object built from the rows, or None when column ``when`` is never bound."""

    def read(rows: Sequence[Row]) -> Json:
        if not _values(rows, when):
            return None
        return {name: field(rows) for name, field in fields.items()}

    return read


def count(total: str, parts_key: str, parts: str) -> Read:
    """A count given outright (``total``) or as the sum of a breakdown's parts, or None."""

    def read(rows: Sequence[Row]) -> int | None:
        given = integer(total)(rows)
        if given is not None:
            return int(given)
        groups = _group(rows, parts_key)
        values = [integer(parts)(group) for group in groups.values()]
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    return read


def sources(rows: Sequence[Row]) -> list[dict[str, str]]:
    """Every distinct (document, quote) a fact was read from, by document then quote."""
    pairs = {
        (lexical(r["source_document"]), lexical(r["source_quote"]))
        for r in rows
        if "source_document" in r and "source_quote" in r
    }
    return [{"document": d, "quote": q} for d, q in sorted(pairs)]


def _group(rows: Iterable[Row], column: str) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        term = row.get(column)
        if term is not None:
            groups.setdefault(lexical(term), []).append(row)
    return groups


def _key_name(iri: str) -> str:
    """A readable stand-in name from an IRI's key, for entities a graph gives no name."""
    return iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")


SortKey = Callable[[dict[str, Json]], tuple[Any, ...]]


def newest_first(field: str) -> SortKey:
    """Items with the latest ``field`` (a date string or int) first, undated last, then by id."""

    def key(item: dict[str, Json]) -> tuple[Any, ...]:
        value = item[field]
        # A string cannot be negated: order on negated code points, with a terminator so that
        # "2024-11-05" (more precise, later) comes before "2024-11".
        inverted = (*(-ord(c) for c in str(value)), 0) if value is not None else ()
        return (value is None, inverted, item["id"])

    return key


def by_text(field: str) -> SortKey:
    """Items in case-insensitive order of ``field``, then by id."""
    return lambda item: ((item[field] or "").lower(), item["id"])


@dataclass(frozen=True)
class ItemShape:
    """How one endpoint folds rows into items: its fields and its stable order."""

    fields: Mapping[str, Read]
    order: SortKey
    with_sources: bool = True
    order_fields: tuple[str, ...] = ()
    """The fields :attr:`order` reads besides ``id``: all :meth:`ordered_keys` folds."""

    def assemble(self, rows: Sequence[Row]) -> list[dict[str, Json]]:
        """Group rows by ``id`` and build one item per group, in this shape's order."""
        items = []
        for iri, group in _group(rows, "id").items():
            item: dict[str, Json] = {"id": iri}
            item.update((name, read(group)) for name, read in self.fields.items())
            if self.with_sources:
                item["sources"] = sources(group)
            items.append(item)
        items.sort(key=self.order)
        return items

    def ordered_keys(self, rows: Sequence[Row]) -> list[Value]:
        """The ``id`` of each item the rows tell, in the order :meth:`assemble` gives them.

        The rows need only the columns the order fields read (a keys query's): each order
        field is folded from them as :meth:`assemble` folds it from all the rows.
        """
        keyed = []
        for iri, group in _group(rows, "id").items():
            item: dict[str, Json] = {"id": iri}
            item.update((name, self.fields[name](group)) for name in self.order_fields)
            keyed.append((self.order(item), group[0]["id"]))
        keyed.sort(key=lambda pair: pair[0])
        return [term for _, term in keyed]


def _sector_label(rows: Sequence[Row]) -> str | None:
    label = _longest(_values(rows, "label"))
    if label is not None:
        return label
    ids = _values(rows, "id")
    return _key_name(ids[0]) if ids else None


SHAPES: Final[dict[str, ItemShape]] = {
    "visits": ItemShape(
        fields={
            "visitor": ref("visitor"),
            "visitor_country": ref("visitor_country"),
            "host_country": ref("host_country"),
            "place": ref("place"),
            "start_date": date("start_date"),
            "end_date": date("end_date"),
            "type": code("visit_type"),
            "status": code("visit_status"),
        },
        order=newest_first("start_date"),
        order_fields=("start_date",),
    ),
    "meetings": ItemShape(
        fields={"participants": refs("participant"), "date": date("date"), "place": ref("place")},
        order=newest_first("date"),
        order_fields=("date",),
    ),
    "people": ItemShape(
        fields={
            "name": text("person_name"),
            "wikidata": text("wikidata"),
            "posts": objects(
                "post_id", {"title": text("post_title"), "country": ref("post_country")}
            ),
        },
        order=by_text("name"),
        order_fields=("name",),
    ),
    "agreements": ItemShape(
        fields={
            "title": text("title"),
            "kind": code("agreement_kind"),
            "count": count("document_count", "breakdown_id", "breakdown_count"),
            "value": optional_object(
                "amount", {"amount": number("amount"), "currency": text("currency")}
            ),
            "date": date("date"),
            "parties": refs("party"),
        },
        order=newest_first("date"),
        order_fields=("date",),
    ),
    "companies": ItemShape(
        fields={
            "name": text("company_name"),
            "wikidata": text("wikidata"),
            "country": ref("country"),
        },
        order=by_text("name"),
        order_fields=("name",),
    ),
    "sectors": ItemShape(fields={"label": _sector_label}, order=by_text("label")),
    "figures": ItemShape(
        fields={
            "kind": code("figure_kind"),
            "value": number("value"),
            "unit": text("unit"),
            "year": integer("figure_year"),
            "description": text("description"),
            # Beyond API.md's item: the two sides of the figure, when the text tells them.
            "reporter": ref("reporter"),
            "partner": ref("partner"),
        },
        order=newest_first("year"),
        order_fields=("year",),
    ),
    "documents": ItemShape(
        fields={
            "name": text("name"),
            "date": date("date"),
            "title": text("title"),
            "triples": integer("triples"),
        },
        order=newest_first("date"),
        with_sources=False,
    ),
}
"""Item shapes of the API.md endpoints, by query name. A query without a shape (one a
researcher adds to ``queries/``) answers its flat rows as items."""


def plain_rows(rows: Sequence[Row]) -> list[dict[str, Json]]:
    """Items for a query with no declared shape: each row's lexical values, as returned."""
    return [{name: lexical(term) for name, term in row.items()} for row in rows]
