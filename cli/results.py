"""Turning query results into what ``dkg query`` prints: a table, SPARQL JSON or CSV."""

from __future__ import annotations

import json
from typing import Any

from pyoxigraph import QueryResultsFormat, QueryTriples, RdfFormat

from dkg.service.store.base import QueryResult

RESULT_FORMATS = {
    "table": QueryResultsFormat.JSON,
    "json": QueryResultsFormat.JSON,
    "csv": QueryResultsFormat.CSV,
}
GRAPH_FORMATS = {"table": RdfFormat.TURTLE, "json": RdfFormat.JSON_LD, "csv": RdfFormat.N_TRIPLES}


def accept_header(output_format: str) -> str:
    """The Accept header ``dkg query`` sends to a running service: the format printed for
    SELECT/ASK answers and the one for CONSTRUCT/DESCRIBE graphs, the same as without the
    service. Both are needed because only the service's parser knows the query's form; asking
    for results formats alone made every graph query fail with 406."""
    media_types = (
        RESULT_FORMATS[output_format].media_type,
        GRAPH_FORMATS[output_format].media_type,
    )
    return ", ".join(media_type.split(";")[0] for media_type in media_types)


def serialize_result(result: QueryResult, output_format: str) -> bytes:
    """Bytes in the wire format that ``output_format`` asks for (table: SPARQL JSON)."""
    if isinstance(result, QueryTriples):
        return result.serialize(format=GRAPH_FORMATS[output_format]) or b""
    return result.serialize(format=RESULT_FORMATS[output_format]) or b""


def _cell(binding: dict[str, Any] | None) -> str:
    if binding is None:
        return ""
    value = str(binding.get("value", ""))
    if binding.get("type") == "uri":
        return f"<{value}>"
    return value


def render_table(sparql_json: bytes) -> str:
    """A plain-text table of SPARQL JSON results (``true``/``false`` for ASK)."""
    data = json.loads(sparql_json)
    if "boolean" in data:
        return "true" if data["boolean"] else "false"
    columns: list[str] = data["head"].get("vars", [])
    rows = [[_cell(row.get(c)) for c in columns] for row in data["results"]["bindings"]]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)), line]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(s.rstrip() for s in out)
