"""``GET /id/{kind}/{key}``: every IRI the project mints dereferences here (linked data).

Browsers get an HTML page: the entity's name and Wikidata link, its statements, the visits it
takes part in on a timeline, and the sentences it was read from. RDF clients get the entity's
statements as Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation (or ``?format=``).
An IRI that no statement has as subject is a 404 problem.

The IRI reaches SPARQL only as a pyoxigraph term in a ``VALUES`` block, as canned parameters do.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from importlib import resources
from string import Template
from typing import Annotated, Any, Final

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import HTMLResponse
from pyoxigraph import Literal, NamedNode, Triple

from dkg.ontology import DIP, ID, PREFIXES
from dkg.service.binding import bind, to_term
from dkg.service.catalog import CannedQuery, Param
from dkg.service.errors import NotFound
from dkg.service.item_shapes import SHAPES, lexical
from dkg.service.negotiation import GRAPHS, FormatTable
from dkg.service.openapi_docs import GRAPH_ANSWERS, problems
from dkg.service.query_runner import RunQuery
from dkg.service.results import GraphResult, SelectResult, graph_media_type, write_graph

MAX_STATEMENTS: Final = 2000
"""Most distinct statements shown or served for one entity."""

ENTITY_FORMATS: Final = FormatTable(
    offers={"text/html": "html", "application/xhtml+xml": "html", **GRAPHS.offers},
    aliases={"html": "html", **GRAPHS.aliases},
)
"""HTML first: between equal qualities (``*/*``) a browser-style page wins."""

_KEY = r"^[A-Za-z0-9][A-Za-z0-9._~-]*$"

_STATEMENTS = """SELECT DISTINCT ?property ?value WHERE {
  ?entity ?property ?value .
}"""
_LABELS = """PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dip: <https://w3id.org/diplomatic-kg/ontology#>
SELECT DISTINCT ?value ?label WHERE {
  ?value schema:name|dip:title|skos:prefLabel|dip:name ?label .
}"""
_SOURCES = """PREFIX dip: <https://w3id.org/diplomatic-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?document ?quote WHERE {
  { ?entity dip:evidence ?evidence } UNION { ?fact dip:sector ?entity ; dip:evidence ?evidence }
  ?evidence dip:quote ?quote ;
            prov:wasQuotedFrom/dip:name ?document .
}"""


def build_entities_router(catalog: Mapping[str, CannedQuery], run: RunQuery) -> APIRouter:
    """The ``/id/{kind}/{key}`` route; ``catalog`` supplies the visits query for timelines."""
    router = APIRouter()

    def entity(
        request: Request,
        kind: Annotated[
            str,
            Path(pattern=r"^[a-z][a-z-]*$", description="kind of entity", examples=["country"]),
        ],
        key: Annotated[
            str, Path(pattern=_KEY, max_length=300, description="its key", examples=["fr"])
        ],
        format: Annotated[
            str | None,
            Query(
                description="Answer format, overriding the Accept header: "
                + ", ".join(sorted(ENTITY_FORMATS.aliases))
            ),
        ] = None,
    ) -> Response:
        """The entity's page (HTML) or its statements (RDF), by content negotiation."""
        iri = NamedNode(f"{ID}{kind}/{key}")
        chosen = ENTITY_FORMATS.require(request.headers.get("accept"), format)
        statements = _select(run, _STATEMENTS, {"entity": iri}, MAX_STATEMENTS)
        if not statements:
            raise NotFound(f"nothing is known about {iri.value}; check the kind and key")
        headers = {"Vary": "Accept"}
        if chosen != "html":
            triples = [Triple(iri, row["property"], row["value"]) for row in statements]
            body = write_graph(GraphResult(triples), chosen, PREFIXES)
            return Response(body, media_type=graph_media_type(chosen), headers=headers)
        page = render_page(iri, statements, _labels(run, statements), catalog, run, kind)
        return HTMLResponse(page, headers=headers)

    router.add_api_route(
        "/id/{kind}/{key}",
        entity,
        methods=["GET"],
        tags=["linked data"],
        operation_id="entity",
        response_class=Response,
        responses={
            200: {
                "description": "The entity: an HTML page, or its statements in RDF",
                "content": {"text/html": {"schema": {"type": "string"}}, **GRAPH_ANSWERS},
            },
            **problems(404, 406, 422, 503),
        },
    )
    return router


Row = dict[str, Any]


def _select(
    run: RunQuery, sparql: str, values: Mapping[str, NamedNode], max_rows: int
) -> list[Row]:
    """Run a SELECT with IRIs bound by :func:`dkg.service.binding.bind`, as canned queries are."""
    params = tuple(Param(name, "iri", name) for name in values)
    query = CannedQuery(name="entity", summary="entity page", sparql=sparql, params=params)
    result = run(bind(query, values), max_rows=max_rows)
    return list(result) if isinstance(result, SelectResult) else []


def _labels(run: RunQuery, statements: list[Row]) -> dict[str, str]:
    """Readable names for the IRIs the statements point to."""
    targets = {row["value"].value for row in statements if isinstance(row["value"], NamedNode)}
    labels: dict[str, str] = {}
    for target in sorted(targets)[:200]:
        for row in _select(run, _LABELS, {"value": NamedNode(target)}, 50):
            label = lexical(row["label"])
            if len(label) > len(labels.get(target, "")):
                labels[target] = label
    return labels


def _visits(
    catalog: Mapping[str, CannedQuery], run: RunQuery, iri: NamedNode, kind: str
) -> list[dict[str, Any]]:
    """The visits the entity takes part in (as visitor, either country or the visit itself)."""
    query = catalog.get("visits")
    param = {"person": "visitor", "delegation": "visitor", "country": "country"}.get(kind)
    if query is None or param is None:
        return []
    declared = next(p for p in query.params if p.name == param)
    result = run(bind(query, {param: to_term(declared, iri.value)}), max_rows=50_000)
    if not isinstance(result, SelectResult):
        return []
    return SHAPES["visits"].assemble(list(result))


def _short(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _link(iri: str, labels: Mapping[str, str]) -> str:
    text = html.escape(labels.get(iri) or _short(iri))
    target = "/id/" + iri[len(ID) :] if iri.startswith(ID) else iri
    if not re.match(r"^(/id/|https?://)", target):
        return text
    return f'<a href="{html.escape(target)}">{text}</a>'


def _value_html(term: Any, labels: Mapping[str, str]) -> str:
    if isinstance(term, NamedNode):
        return _link(term.value, labels)
    if isinstance(term, Literal):
        return html.escape(term.value)
    return html.escape(str(term))


def _ref_html(ref: Mapping[str, Any] | None) -> str:
    if not ref:
        return ""
    return _link(str(ref["id"]), {str(ref["id"]): str(ref["name"])})


def render_page(
    iri: NamedNode,
    statements: list[Row],
    labels: Mapping[str, str],
    catalog: Mapping[str, CannedQuery],
    run: RunQuery,
    kind: str,
) -> str:
    """The HTML page of one entity, from the page template."""
    names = [
        lexical(row["value"])
        for row in statements
        if row["property"].value
        in ("https://schema.org/name", DIP + "title", DIP + "name", DIP + "description")
    ]
    name = max(names, key=len, default=iri.value.rsplit("/", 1)[-1])
    wikidata = [lexical(r["value"]) for r in statements if r["property"].value == DIP + "wikidata"]
    facts = "".join(
        f"<tr><td>{html.escape(_short(row['property'].value))}</td>"
        f"<td>{_value_html(row['value'], labels)}</td></tr>"
        for row in sorted(statements, key=lambda r: (r["property"].value, lexical(r["value"])))
    )
    visits = _visits(catalog, run, iri, kind)
    timeline = "".join(
        f"<li><time>{html.escape(v['start_date'] or 'date unknown')}</time> "
        f"{_ref_html(v['visitor'])} → {_ref_html(v['host_country'])} "
        f"({html.escape(v['type'] or '')}, {html.escape(v['status'] or '')}) "
        f'<a href="{html.escape("/id/" + v["id"][len(ID) :])}">visit</a></li>'
        for v in visits
    )
    sources = "".join(
        f"<li><q>{html.escape(lexical(row['quote']))}</q> — "
        f'<a href="/id/document/{html.escape(lexical(row["document"]))}">'
        f"{html.escape(lexical(row['document']))}</a></li>"
        for row in _select(run, _SOURCES, {"entity": iri}, 500)
    )
    wikidata_html = "".join(
        f'<p>Wikidata: <a href="https://www.wikidata.org/wiki/{html.escape(q)}">'
        f"{html.escape(q)}</a></p>"
        for q in wikidata
        if re.match(r"^Q[1-9][0-9]*$", q)
    )
    template = Template(
        resources.files("dkg.service").joinpath("templates/entity.html").read_text("utf-8")
    )
    return template.substitute(
        name=html.escape(name),
        iri=html.escape(iri.value),
        kind=html.escape(kind),
        wikidata=wikidata_html,
        facts=facts,
        timeline=timeline or "<li>No visits.</li>",
        sources=sources or "<li>No quoted sources.</li>",
    )
