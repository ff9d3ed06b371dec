"""OpenAPI fragments shared by the routers: the problem+json schema and response tables, so that
every status a route can answer is documented (generated-request fuzzers check this)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from dkg.service.results import GRAPH_FORMATS

PROBLEM_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "description": "RFC 9457 problem details",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
    },
    "required": ["type", "title", "status", "detail"],
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Response entries for error statuses, each with the problem+json body."""
    reasons = {
        400: "Malformed query, protocol violation or refused operation",
        401: "No bearer token",
        403: "Wrong token or updates disabled",
        404: "Not found",
        405: "Method not allowed",
        406: "No acceptable format",
        413: "Request too large",
        415: "Unsupported Content-Type",
        422: "Invalid parameter",
        503: "Query timed out or store unavailable (see Retry-After)",
    }
    return {
        status: {
            "description": reasons[status],
            "content": {"application/problem+json": {"schema": PROBLEM_SCHEMA}},
        }
        for status in statuses
    }


def string_parameter(
    name: str,
    description: str,
    *,
    array: bool = False,
    enum: list[str] | None = None,
    example: str | None = None,
    iri: bool = False,
) -> dict[str, Any]:
    """An OpenAPI query parameter; ``example`` is what the API page pre-fills (and what request
    generators start from, so that they reach past the parameter checks); ``iri`` says that the
    value must be an absolute IRI."""
    schema: dict[str, Any] = {"type": "string", **({"format": "iri"} if iri else {})}
    if enum:
        schema["enum"] = enum
    if array:
        schema = {"type": "array", "items": schema}
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        **({"style": "form", "explode": True} if array else {}),
        **({} if example is None else {"example": [example] if array else example}),
    }


JSON_LD_SCHEMA: Final[dict[str, Any]] = {
    "description": "A JSON-LD document (expanded: an array of node objects)",
    "type": ["array", "object"],
}
SPARQL_RESULTS_JSON_SCHEMA: Final[dict[str, Any]] = {
    "description": "SPARQL 1.1 Query Results JSON: `results.bindings` for SELECT, `boolean` for "
    "ASK; `truncated` is true when the answer was cut at the row cap",
    "type": "object",
    "required": ["head"],
    "properties": {
        "head": {"type": "object"},
        "results": {
            "type": "object",
            "required": ["bindings"],
            "properties": {"bindings": {"type": "array", "items": {"type": "object"}}},
        },
        "boolean": {"type": "boolean"},
        "truncated": {"type": "boolean"},
    },
}
_BODY_SCHEMAS: Final[dict[str, dict[str, Any]]] = {
    "application/ld+json": JSON_LD_SCHEMA,
    "application/sparql-results+json": SPARQL_RESULTS_JSON_SCHEMA,
}


def body_schema(media_type: str) -> dict[str, Any]:
    """The schema of a body in ``media_type``: JSON ones as what they hold, others as text."""
    return _BODY_SCHEMAS.get(media_type, {"type": "string"})


def answer_content(media_types: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Response ``content`` for answers in ``media_types`` (validators check the JSON ones)."""
    return {media_type: {"schema": body_schema(media_type)} for media_type in media_types}


GRAPH_ANSWERS: Final = answer_content(dict.fromkeys(f.media_type for f in GRAPH_FORMATS.values()))
"""Response ``content`` of a graph answer (CONSTRUCT, DESCRIBE, VoID, an entity's statements)."""

QUERY_EXAMPLE: Final = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10"
UPDATE_EXAMPLE: Final = (
    "INSERT DATA { GRAPH <https://w3id.org/diplomatic-kg/graph/example> "
    '{ <https://example.org/s> <https://example.org/p> "o" } }'
)
"""What the API page pre-fills for /sparql."""

ANSWER_HEADERS: Final[dict[str, Any]] = {
    "Result-Truncated": {
        "description": "true when the answer was cut at the row cap",
        "schema": {"type": "string", "enum": ["true", "false"]},
    },
    "Result-Row-Limit": {
        "description": "the row cap applied",
        "schema": {"type": "integer"},
    },
}
"""Headers of every answer that went through the query runner's row cap."""
