"""OpenAPI fragments shared by the routers: the problem+json schema and response tables, so that
every status a route can answer is documented (generated-request fuzzers check this)."""

from __future__ import annotations

from typing import Any, Final

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
    name: str, description: str, *, array: bool = False, enum: list[str] | None = None
) -> dict[str, Any]:
    """An OpenAPI query parameter."""
    schema: dict[str, Any] = {"type": "string"}
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
    }
