"""Turn HTTP parameter values into typed RDF terms and bind them into a canned query.

This is the only place user input meets SPARQL text. A value becomes a pyoxigraph term (which
validates and escapes it) and reaches the query only inside a ``VALUES`` block placed at the head
of the outermost WHERE group. A head ``VALUES`` joins before every pattern and ``FILTER`` of the
group, so a parameter used only in a ``FILTER`` sees its value (a trailing ``VALUES`` would not:
rdflib issue #1772). Unset parameters are ``UNDEF``, which queries test with ``BOUND``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from itertools import product
from typing import Final

from pyoxigraph import Literal, NamedNode

from dkg.ontology import DIP, ID
from dkg.ontology.document_names import graph_name_for
from dkg.service.catalog import CannedQuery, Param

XSD: Final = "http://www.w3.org/2001/XMLSchema#"
MAX_TEXT_LENGTH: Final = 500
"""Longest string parameter accepted: no name, code or title comes near it."""

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTH_DAY = re.compile(r"^--(\d{2})-(\d{2})$")
_INTEGER = re.compile(r"^[+-]?\d{1,18}$")
_LANG_STRING = re.compile(r"^(.*)@([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$", re.DOTALL)

Term = NamedNode | Literal
Bound = Term | Sequence[Term] | None
"""What a parameter is bound to: one term, several (one VALUES row each), or nothing (UNDEF)."""


class InvalidValue(ValueError):
    """A parameter value does not fit its declared type; the message says what would."""

    def __init__(self, param: Param, message: str) -> None:
        super().__init__(f"parameter '{param.name}': {message}")
        self.param = param


def to_term(param: Param, raw: str) -> Term:
    """Convert the HTTP value of ``param`` into the RDF term its declared type calls for.

    >>> to_term(Param("from", "date", "start"), "2024-11")
    <Literal value=2024-11 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYearMonth>>

    Raises:
        InvalidValue: the value does not fit the type (or the parameter's ``enum``).
    """
    if len(raw) > MAX_TEXT_LENGTH:
        raise InvalidValue(param, f"longer than {MAX_TEXT_LENGTH} characters")
    if param.enum and raw not in param.enum:
        raise InvalidValue(param, f"{raw!r} is not one of {', '.join(param.enum)}")
    match param.type:
        case "iri":
            try:
                return NamedNode(raw)
            except ValueError as error:
                raise InvalidValue(param, f"not an absolute IRI ({error})") from error
        case "string":
            return Literal(raw)
        case "country":
            # An IRI is already what the value resolves to (the entity pages bind one this
            # way); any other text is looked up before the query runs (see country_lookup).
            return _to_iri(raw) or Literal(raw)
        case "document":
            return graph_name_for(raw)
        case "lang_string":
            return _to_lang_string(param, raw)
        case "integer":
            if not _INTEGER.match(raw):
                raise InvalidValue(param, f"{raw!r} is not an integer")
            return Literal(str(int(raw)), datatype=NamedNode(XSD + "integer"))
        case "decimal":
            return Literal(_to_decimal(param, raw), datatype=NamedNode(XSD + "decimal"))
        case "date":
            return _to_date(param, raw)
        case "year":
            if not re.match(r"^\d{4}$", raw):
                raise InvalidValue(param, f"{raw!r} is not a four-digit year")
            return Literal(raw, datatype=NamedNode(XSD + "gYear"))
        case "boolean":
            lowered = raw.lower()
            if lowered not in ("true", "false", "1", "0"):
                raise InvalidValue(param, f"{raw!r} is not true or false")
            return Literal(lowered in ("true", "1"))


def bind(
    query: CannedQuery,
    values: Mapping[str, Bound],
    *,
    only_keys: bool = False,
    items: Sequence[NamedNode] | None = None,
) -> str:
    """The query's SPARQL with a ``VALUES`` block for the declared parameters at the head of
    its outermost WHERE group; parameters missing from ``values`` (or None) are ``UNDEF``.

    A parameter bound to several terms (a resolved country with several nodes) gets one row
    per term; bound to none, the block has no rows and the query answers nothing. The file's
    ``#if name`` blocks are kept for the parameters given and left out for the others.
    With ``only_keys`` it is the keys query (:meth:`CannedQuery.keys_text`); each text is
    derived once per set of blocks (:meth:`CannedQuery.group_text`). With ``items``
    (IRIs the store answered, never text a user typed), the key column is bound to them in a
    ``VALUES`` block and the bound group runs once per item, ``LATERAL`` (an Oxigraph
    extension of SPARQL): each run starts from its item's key. Joined to the group instead,
    the items were one table among others and the planner started from the smallest, a
    ``#if`` block's table of codes or sides (a page of 100 visits at 1M triples: 0.2 s for one
    type and status, 3.4 s for a country, against 34-75 ms for every filter ``LATERAL``).

    >>> from dkg.service.catalog import CannedQuery
    >>> q = CannedQuery("q", "s", "SELECT ?s WHERE { ?s ?p ?o }", (Param("o", "string", "x"),))
    >>> bind(q, {"o": Literal("a")})
    'SELECT ?s WHERE { VALUES (?o) { ("a") }\\n ?s ?p ?o }'
    """
    given = {name for name, bound in values.items() if bound is not None}
    group = query.group_text(given, only_keys=only_keys)
    head = ""
    if query.params:
        names = " ".join(f"?{p.name}" for p in query.params)
        columns = [_column(values.get(p.name)) for p in query.params]
        rows = " ".join(f"({' '.join(row)})" for row in product(*columns))
        head = f" VALUES ({names}) {{ {rows} }}\n"
    if items is None:
        return f"{group.head}{head}{group.body}{group.tail}"
    keys = " ".join(str(item) for item in items)
    return (
        f"{group.head} VALUES ?{query.keys[0]} {{ {keys} }}\n"
        f" LATERAL {{{head}{group.body}}}\n{group.tail}"
    )


def _column(bound: Bound) -> list[str]:
    # str() of a pyoxigraph term is its N-Triples form, escaped by pyoxigraph itself.
    if bound is None:
        return ["UNDEF"]
    if isinstance(bound, NamedNode | Literal):
        return [str(bound)]
    return [str(term) for term in bound]


COUNTRY_CODE_PROPERTIES: Final = ("iso2", "iso3", "wikidata")


def country_lookup(raw: str, *, any_case: bool = False) -> str:
    """SPARQL finding the country nodes ``raw`` names, as ``?country`` rows.

    The fast form looks up the exact spellings a user is likely to type (as given, upper case
    for codes, title case for names) plus the IRI and key forms: a few index lookups. With
    ``any_case`` it compares every country name and code case-insensitively (a scan, about
    0.2 s at 1M triples), for the rare value the fast form misses. Values reach the query
    only as pyoxigraph-serialized terms.
    """
    lowered = raw.lower()
    iris = [NamedNode(ID + "country/" + lowered)] if re.fullmatch(r"[a-z0-9-]+", lowered) else []
    iri = _to_iri(raw)
    if iri is not None:
        iris.append(iri)
    labels = " ".join(str(Literal(v)) for v in dict.fromkeys([raw, raw.upper(), raw.title()]))
    either = (
        " UNION ".join(f"{{ ?country <{DIP}{name}> ?label }}" for name in COUNTRY_CODE_PROPERTIES)
        + " UNION { ?country <https://schema.org/name> ?label }"
    )
    match = (
        f"FILTER(LCASE(STR(?label)) = {Literal(lowered)}) GRAPH ?g {{ {either}"
        if any_case
        else f"VALUES ?label {{ {labels} }} GRAPH ?g {{ {either}"
    )
    country_type = f"?country a <{DIP}Country>"
    by_iri = f"VALUES ?country {{ {' '.join(str(i) for i in iris)} }} GRAPH ?g {{ {country_type} }}"
    return (
        "SELECT DISTINCT ?country WHERE { "
        f"{{ {match} {{ {country_type} }} }} }} UNION {{ {by_iri} }} }}"
    )


def _to_iri(raw: str) -> NamedNode | None:
    """The IRI ``raw`` spells out (http or https), or None."""
    if not re.match(r"^https?://\S+$", raw):
        return None
    try:
        return NamedNode(raw)
    except ValueError:
        return None


def _to_lang_string(param: Param, raw: str) -> Literal:
    match = _LANG_STRING.match(raw)
    if match is None:
        raise InvalidValue(param, f"{raw!r} is not text@language (e.g. Astana@en)")
    try:
        return Literal(match.group(1), language=match.group(2))
    except ValueError as error:
        raise InvalidValue(param, f"invalid language tag {match.group(2)!r}") from error


def _to_decimal(param: Param, raw: str) -> str:
    try:
        number = Decimal(raw)
    except InvalidOperation as error:
        raise InvalidValue(param, f"{raw!r} is not a decimal number") from error
    if not number.is_finite():
        raise InvalidValue(param, f"{raw!r} is not a finite number")
    return format(number, "f")


def _to_date(param: Param, raw: str) -> Literal:
    """A date at the precision given: xsd:date, gYearMonth, gYear or gMonthDay (MODEL.md)."""
    match = _DATE.match(raw)
    if match is not None:
        year, month, day = match.groups()
        if month is not None and not 1 <= int(month) <= 12:
            raise InvalidValue(param, f"{raw!r} has no month {month}")
        if day is not None and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
            raise InvalidValue(param, f"{raw!r} is not a day of the calendar")
        datatype = "date" if day else "gYearMonth" if month else "gYear"
        return Literal(raw, datatype=NamedNode(XSD + datatype))
    match = _MONTH_DAY.match(raw)
    if match is not None:
        month, day = (int(g) for g in match.groups())
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
            raise InvalidValue(param, f"{raw!r} is not a day of the year")
        return Literal(raw, datatype=NamedNode(XSD + "gMonthDay"))
    raise InvalidValue(param, f"{raw!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD")
