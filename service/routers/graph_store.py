"""``/store``: the SPARQL 1.1 Graph Store HTTP Protocol, indirect identification
(https://www.w3.org/TR/sparql11-http-rdf-update/): ``?graph=IRI`` names a document graph,
``?default`` the default graph (the union of all document graphs, hence read-only).

Reads go through the query runner (time limit, row cap); writes (PUT replaces, POST merges,
DELETE drops) need the update token, like SPARQL Update, and each is one atomic graph
replacement in the store.
"""

from __future__ import annotations

from typing import Any, Final

from fastapi import APIRouter, Request, Response
from pyoxigraph import NamedNode, QueryTriples, RdfFormat, Triple, parse
from starlette.concurrency import run_in_threadpool

from dkg.service.access import require_update_token
from dkg.service.errors import BadRequest, InvalidParameter, NotFound, UnsupportedMediaType
from dkg.service.negotiation import GRAPHS
from dkg.service.openapi_docs import (
    ANSWER_HEADERS,
    answer_content,
    body_schema,
    problems,
    string_parameter,
)
from dkg.service.results import graph_media_type
from dkg.service.runtime import Runtime
from dkg.service.store.base import Store

_ALL_TRIPLES: Final = "CONSTRUCT WHERE { ?s ?p ?o }"
_READABLE: Final = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/rdf+xml": RdfFormat.RDF_XML,
}
_PARAMETERS: Final = [
    string_parameter(
        "graph",
        "IRI of the document graph",
        example="https://w3id.org/diplomatic-kg/graph/press-2024-11-05",
        iri=True,
    ),
    {
        "name": "default",
        "in": "query",
        "required": False,
        "allowEmptyValue": True,
        "description": "Present (empty) to address the default graph (the union; read-only)",
        "schema": {"type": "string"},
    },
]
_BODY_EXAMPLES: Final[dict[str, object]] = {
    "text/turtle": '<https://example.org/s> <https://example.org/p> "o" .',
    "application/n-triples": '<https://example.org/s> <https://example.org/p> "o" .',
    "application/ld+json": {"@id": "https://example.org/s", "https://example.org/p": "o"},
    "application/rdf+xml": '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="https://example.org/s"/></rdf:RDF>',
}
_GRAPH_BODY: Final = {
    media_type: {"schema": body_schema(media_type), "example": example}
    for media_type, example in _BODY_EXAMPLES.items()
}

_WRITE_RESPONSES: Final[dict[int | str, dict[str, Any]]] = {
    201: {"description": "Created"},
    204: {"description": "Replaced or merged"},
    **problems(400, 401, 403, 413, 415, 422, 503),
}
_WRITE_EXTRA: Final = {
    "parameters": _PARAMETERS,
    "requestBody": {"required": True, "content": _GRAPH_BODY},
}


def _target(request: Request) -> NamedNode | None:
    """The graph named by the request: a NamedNode, or None for the default graph."""
    graphs = request.query_params.getlist("graph")
    default = "default" in request.query_params
    if len(graphs) + int(default) != 1:
        raise BadRequest("name exactly one graph: ?graph=IRI or ?default")
    if default:
        return None
    try:
        return NamedNode(graphs[0])
    except ValueError:
        raise InvalidParameter(f"graph: {graphs[0]!r} is not an absolute IRI") from None


def _writable(request: Request) -> NamedNode:
    graph = _target(request)
    if graph is None:
        raise BadRequest(
            "the default graph is the union of the document graphs and cannot be written; "
            "use ?graph=IRI"
        )
    return graph


async def _body_triples(request: Request) -> list[Triple]:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    rdf_format = _READABLE.get(media_type)
    if rdf_format is None:
        raise UnsupportedMediaType(f"send the graph as one of {', '.join(_READABLE)}")
    body = await request.body()
    try:
        return [Triple(q.subject, q.predicate, q.object) for q in parse(body, format=rdf_format)]
    except SyntaxError as error:
        raise BadRequest(f"the {media_type} body does not parse: {error}") from None


def build_router(runtime: Runtime) -> APIRouter:
    """The Graph Store Protocol routes."""
    settings = runtime.settings
    router = APIRouter(tags=["Graph Store"])

    async def write_graph(request: Request, *, merge: bool) -> Response:
        """Replace the graph the request names with the triples it sends (PUT) or add them to
        it (POST), in one atomic replacement either way; 201 for a new graph, else 204."""
        require_update_token(request, settings)
        graph = _writable(request)
        triples = await _body_triples(request)

        def write(store: Store) -> bool:
            existed = graph in store.graph_names()
            kept: list[Triple] = []
            if merge and existed:
                result = store.query(_ALL_TRIPLES, default_graph=[graph])
                kept = list(result) if isinstance(result, QueryTriples) else []
            store.replace_graph(graph, [*kept, *triples])
            return existed

        existed = await run_in_threadpool(runtime.writable.write, write)
        return Response(status_code=204 if existed else 201)

    @router.get(
        "/store",
        summary="Read one document graph (or the union)",
        response_class=Response,
        responses={
            200: {
                "description": "The graph",
                "content": answer_content(_READABLE),
                "headers": ANSWER_HEADERS,
            },
            **problems(400, 404, 406, 422, 503),
        },
        openapi_extra={"parameters": [*_PARAMETERS, string_parameter("format", "turtle, ...")]},
    )
    async def read_graph(request: Request) -> Response:
        """The triples of a graph, by content negotiation (Turtle by default)."""
        graph = _target(request)
        format_name = GRAPHS.require(
            request.headers.get("accept"), request.query_params.get("format")
        )
        if graph is not None:
            names = await run_in_threadpool(runtime.dataset.store.graph_names)
            if graph not in names:
                raise NotFound(f"there is no graph {graph}; GET /api/documents lists them")
        result = await runtime.runner.run_serialized_async(
            _ALL_TRIPLES,
            solutions_format=None,
            graph_format=format_name,
            default_graph=None if graph is None else [graph.value],
        )
        return Response(
            result.body,
            media_type=graph_media_type(format_name),
            headers={
                "Vary": "Accept",
                "Result-Truncated": "true" if result.truncated else "false",
                "Result-Row-Limit": str(settings.max_result_rows),
            },
        )

    @router.put(
        "/store",
        summary="Replace a document graph (needs the token)",
        response_class=Response,
        responses=_WRITE_RESPONSES,
        openapi_extra=_WRITE_EXTRA,
    )
    async def put_graph(request: Request) -> Response:
        """Make the graph hold exactly the triples sent."""
        return await write_graph(request, merge=False)

    @router.post(
        "/store",
        summary="Add triples to a document graph (needs the token)",
        response_class=Response,
        responses=_WRITE_RESPONSES,
        openapi_extra=_WRITE_EXTRA,
    )
    async def post_graph(request: Request) -> Response:
        """Merge the triples sent into the graph."""
        return await write_graph(request, merge=True)

    @router.delete(
        "/store",
        summary="Drop a document graph (needs the token)",
        response_class=Response,
        responses={204: {"description": "Dropped"}, **problems(400, 401, 403, 404, 422, 503)},
        openapi_extra={"parameters": _PARAMETERS},
    )
    async def delete_graph(request: Request) -> Response:
        """Remove the graph."""
        require_update_token(request, settings)
        graph = _writable(request)
        existed = await run_in_threadpool(runtime.writable.write, lambda s: s.drop_graph(graph))
        if not existed:
            raise NotFound(f"there is no graph {graph}")
        return Response(status_code=204)

    return router
