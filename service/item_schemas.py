"""JSON Schemas of the canned endpoints' items, as API.md promises them, for the OpenAPI document.

:mod:`dkg.service.item_shapes` says how items are built; this module says what a client may rely
on (every field present, its type, which ones may be null), so that the documentation is exact and
schema-checking clients and fuzzers can hold the answers to it. A test checks that both name the
same fields.
"""

from __future__ import annotations

from typing import Any, Final

Schema = dict[str, Any]


def _nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


def _object(properties: dict[str, Schema], description: str | None = None) -> Schema:
    """An object with exactly these fields, all present (null where their schema allows)."""
    schema: Schema = {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


_STRING: Final[Schema] = {"type": "string"}
_TEXT: Final = _nullable(_STRING)
_INTEGER: Final = _nullable({"type": "integer"})
_NUMBER: Final = _nullable({"type": "number"})
_IRI: Final[Schema] = {"type": "string", "description": "IRI"}
_WIKIDATA: Final = _nullable({"type": "string", "description": "Wikidata item (Q…)"})
_DATE: Final = _nullable(
    {
        "type": "string",
        "description": "YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD (year unknown)",
        "pattern": r"^(-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|--[0-9]{2}-[0-9]{2})$",
    }
)
REF: Final = _object(
    {"id": _IRI, "name": _STRING, "wikidata": _WIKIDATA}, "An entity: its IRI, name, Wikidata item"
)
SOURCE: Final = _object(
    {"document": _STRING, "quote": _STRING}, "A document a fact was read from, and the sentence"
)
_SOURCES: Final[Schema] = {"type": "array", "items": SOURCE}
_REFS: Final[Schema] = {"type": "array", "items": REF}
_OPTIONAL_REF: Final = _nullable(REF)


def _code(*values: str) -> Schema:
    return _nullable({"type": "string", "enum": list(values)})


ITEM_SCHEMAS: Final[dict[str, Schema]] = {
    "visits": _object(
        {
            "id": _IRI,
            "visitor": REF,
            "visitor_country": _OPTIONAL_REF,
            "host_country": _OPTIONAL_REF,
            "place": _OPTIONAL_REF,
            "start_date": _DATE,
            "end_date": _DATE,
            # API.md lists state/official/working/unspecified and happened/announced; the
            # loaders also tell a private visit and one postponed or cancelled (issue 4), and a
            # schema-checking client must be told every value it can get.
            "type": _code("state", "official", "working", "private", "unspecified"),
            "status": _code("happened", "announced", "postponed", "cancelled"),
            "sources": _SOURCES,
        }
    ),
    "meetings": _object(
        {
            "id": _IRI,
            "participants": _REFS,
            "date": _DATE,
            "place": _OPTIONAL_REF,
            "sources": _SOURCES,
        }
    ),
    "people": _object(
        {
            "id": _IRI,
            "name": _TEXT,
            "wikidata": _WIKIDATA,
            "posts": {
                "type": "array",
                "items": _object({"title": _TEXT, "country": _OPTIONAL_REF}),
            },
            "sources": _SOURCES,
        }
    ),
    "agreements": _object(
        {
            "id": _IRI,
            "title": _TEXT,
            "kind": _TEXT,
            "count": _INTEGER,
            "value": _nullable(_object({"amount": _NUMBER, "currency": _TEXT})),
            "date": _DATE,
            "parties": _REFS,
            "sources": _SOURCES,
        }
    ),
    "companies": _object(
        {
            "id": _IRI,
            "name": _TEXT,
            "wikidata": _WIKIDATA,
            "country": _OPTIONAL_REF,
            "sources": _SOURCES,
        }
    ),
    "sectors": _object({"id": _IRI, "label": _TEXT, "sources": _SOURCES}),
    "figures": _object(
        {
            "id": _IRI,
            "kind": _code(
                "trade_turnover", "exports", "imports", "investment", "growth_percent", "other"
            ),
            "value": {"type": "number"},
            "unit": _TEXT,
            "year": _INTEGER,
            "description": _TEXT,
            "reporter": _OPTIONAL_REF,
            "partner": _OPTIONAL_REF,
            "sources": _SOURCES,
        }
    ),
    "documents": _object(
        {"id": _IRI, "name": _TEXT, "date": _DATE, "title": _TEXT, "triples": _INTEGER}
    ),
}
"""Item schemas by canned query name (the endpoints of API.md)."""

_PLAIN_ROW: Final[Schema] = {
    "type": "object",
    "description": "One solution: each bound variable's lexical value",
    "additionalProperties": _STRING,
}


def page_schema(query_name: str) -> Schema:
    """The schema of a page of ``/api/{query_name}``; a query API.md does not list (one a
    researcher added) answers plain rows."""
    return {
        "type": "object",
        "required": ["items", "total", "limit", "offset"],
        "properties": {
            "items": {"type": "array", "items": ITEM_SCHEMAS.get(query_name, _PLAIN_ROW)},
            "total": {"type": "integer", "minimum": 0, "description": "items before paging"},
            "limit": {"type": "integer", "minimum": 0},
            "offset": {"type": "integer", "minimum": 0},
        },
        "additionalProperties": False,
    }
