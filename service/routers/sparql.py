"""``/sparql``: the SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/).

- Query: ``GET ?query=``, ``POST`` form (``application/x-www-form-urlencoded``) and ``POST``
  ``application/sparql-query``; ``default-graph-uri`` / ``named-graph-uri`` set the dataset
  (without them the default graph is the union of the document graphs).
- Answers by content negotiation (``Vary: Accept``) or ``format=``; every answer says whether it
  was cut at the row cap (``Result-Truncated``, ``Result-Row-Limit``; JSON also
  ``"truncated": true``).
- Update: ``POST`` form ``update=`` or ``application/sparql-update``, only with the bearer token.
- ``GET /sparql`` with no query: the SPARQL 1.1 Service Description (a browser, which ranks
  HTML first, is sent to the query page instead).

The request rules (and their 400/415 answers) are :mod:`dkg.service.sparql_protocol`; the
endpoint is answered before FastAPI's routing (:mod:`dkg.service.direct_paths`), its plain
queries by :mod:`dkg.service.routers.sparql_queries` before the middleware, and the routes here
document it and answer 405 to a method other than GET/POST.
"""

from __future__ import annotations

from typing import Any, Final

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from dkg.ontology import PREFIXES
from dkg.service.access import require_update_token
from dkg.service.descriptions import service_description
from dkg.service.direct_paths import Endpoint
from dkg.service.errors import BadRequest, MalformedQuery, MethodNotAllowed, QueryFailed
from dkg.service.negotiation import GRAPHS, parse_accept, quality_of
from dkg.service.openapi_docs import (
    ANSWER_HEADERS,
    QUERY_EXAMPLE,
    UPDATE_EXAMPLE,
    answer_content,
    problems,
    string_parameter,
)
from dkg.service.query_policy import check_update
from dkg.service.results import GraphResult, graph_media_type, write_graph
from dkg.service.routers.sparql_queries import VARY, LeanQueries
from dkg.service.runtime import Runtime
from dkg.service.sparql_protocol import (
    FORM,
    FORMAT_NAMES,
    QUERY_BODY,
    UPDATE_BODY,
    Operation,
    read_operation,
)
from dkg.service.store.embedded import EmbeddedStore

_DATASET_PARAMETERS: Final = [
    string_parameter(
        "default-graph-uri",
        "IRI of a graph to use as (part of) the default graph; repeatable. Without it the "
        "default graph is the union of all document graphs.",
        array=True,
        iri=True,
    ),
    string_parameter(
        "named-graph-uri",
        "IRI of a graph available to GRAPH clauses; repeatable (default: all graphs).",
        array=True,
        iri=True,
    ),
    string_parameter(
        "format",
        "Answer format, overriding the Accept header (handy for pandas.read_csv): json, xml, "
        "csv, tsv for SELECT/ASK; turtle, ntriples, jsonld, rdfxml for CONSTRUCT/DESCRIBE.",
        enum=FORMAT_NAMES,
    ),
]
_ANSWERS: Final[dict[str, Any]] = answer_content(
    (
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
    )
)
_FORM_SCHEMA: Final = {
    "type": "object",
    "properties": {
        "query": {"type": "string", "description": "a SPARQL 1.1 query"},
        "update": {"type": "string", "description": "a SPARQL 1.1 update (needs the token)"},
        "default-graph-uri": {"type": "array", "items": {"type": "string"}},
        "named-graph-uri": {"type": "array", "items": {"type": "string"}},
        "using-graph-uri": {"type": "array", "items": {"type": "string"}},
        "using-named-graph-uri": {"type": "array", "items": {"type": "string"}},
        "format": {"type": "string", "enum": FORMAT_NAMES},
    },
}


def _prefers_html(accept: str | None) -> bool:
    """Whether the client (a browser) ranks HTML above every RDF format."""
    ranges = parse_accept(accept)
    html = quality_of("text/html", ranges)
    return html > 0 and all(html > quality_of(media, ranges) for media in GRAPHS.offers)


def build_endpoint(runtime: Runtime, queries: LeanQueries) -> Endpoint:
    """The /sparql endpoint (GET, HEAD and POST), reading and writing through ``runtime``,
    answering queries as ``queries`` does; the app answers it as a direct path
    (:mod:`dkg.service.direct_paths`)."""
    settings = runtime.settings

    def base_url(request: Request) -> str:
        return (settings.base_url or str(request.base_url)).rstrip("/")

    async def answer(request: Request) -> Response:
        """Answer a query, apply an update or describe the service, as the request asks."""
        body = await request.body() if request.method == "POST" else b""
        operation = read_operation(
            request.method,
            request.scope["query_string"],
            request.headers.get("content-type"),
            body,
        )
        if operation.kind == "query":
            return await answer_query(request, operation)
        if operation.kind == "update":
            return await apply_update(request, operation)
        return await describe(request, operation)

    async def answer_query(request: Request, operation: Operation) -> Response:
        query = queries.prepare(request.headers.get("accept"), operation)
        body, headers = await queries.run(query)
        response = Response(body)
        response.raw_headers = [VARY, *headers]
        return response

    async def apply_update(request: Request, operation: Operation) -> Response:
        require_update_token(request, settings)
        params, sparql = operation.params, operation.text
        if params.all("using-graph-uri") or params.all("using-named-graph-uri"):
            raise BadRequest(
                "using-graph-uri and using-named-graph-uri are not supported; "
                "write USING / WITH clauses in the update instead"
            )
        check_update(sparql, settings.service_allowlist)
        dataset = runtime.writable
        store = dataset.store
        if not isinstance(store, EmbeddedStore):
            raise MethodNotAllowed("this store backend does not accept SPARQL updates")

        def update(_: object) -> None:
            try:
                store.update(sparql)
            except SyntaxError as error:
                raise MalformedQuery(str(error)) from None
            except (OSError, ValueError, RuntimeError) as error:
                raise QueryFailed(f"the update could not be applied: {error}") from None

        await run_in_threadpool(dataset.write, update)
        return Response(status_code=204)

    async def describe(request: Request, operation: Operation) -> Response:
        accept = request.headers.get("accept")
        override = operation.params.format_override()
        if override is None and _prefers_html(accept):
            return RedirectResponse("/", status_code=303)  # a person: show the query page
        format_name = GRAPHS.require(accept, override)
        graph_count = len(await run_in_threadpool(runtime.dataset.store.graph_names))
        triples = service_description(
            base_url(request),
            updates=settings.update_token is not None,
            federation=bool(settings.service_allowlist),
            graph_count=graph_count,
        )
        body = write_graph(GraphResult(triples), format_name, PREFIXES)
        return Response(body, media_type=graph_media_type(format_name), headers={"Vary": "Accept"})

    return answer


def build_router(answer: Endpoint) -> APIRouter:
    """The routes that document ``answer`` (from :func:`build_endpoint`) in OpenAPI and answer
    405 to the other methods."""
    router = APIRouter(tags=["SPARQL"])
    # One endpoint for both methods; the operation ids stay those of the earlier two functions
    # (clients generated from the OpenAPI document use them as method names).
    router.get(
        "/sparql",
        operation_id="sparql_get_sparql_get",
        summary="SPARQL query (GET), or the service description when no query is given",
        description="SPARQL 1.1 Protocol query via GET. Without `query` the answer is the "
        "SPARQL 1.1 Service Description (Turtle by default). Updates are refused over GET.",
        response_class=Response,
        responses={
            200: {
                "description": "Query results or service description",
                "content": _ANSWERS,
                "headers": ANSWER_HEADERS,
            },
            303: {"description": "A browser (HTML first in Accept) is sent to the query page"},
            **problems(400, 406, 413, 422, 503),
        },
        openapi_extra={
            "parameters": [
                string_parameter(
                    "query",
                    "A SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE)",
                    example=QUERY_EXAMPLE,
                ),
                *_DATASET_PARAMETERS,
            ]
        },
    )(answer)
    router.post(
        "/sparql",
        operation_id="sparql_post_sparql_post",
        summary="SPARQL query or update (POST)",
        description="A query as a form (`query=`) or as an `application/sparql-query` body; "
        "an update as a form (`update=`) or an `application/sparql-update` body, accepted only "
        "with `Authorization: Bearer <token>` when the service has an update token.",
        response_class=Response,
        responses={
            200: {"description": "Query results", "content": _ANSWERS, "headers": ANSWER_HEADERS},
            204: {"description": "Update applied"},
            **problems(400, 401, 403, 405, 406, 413, 415, 422, 503),
        },
        openapi_extra={
            "parameters": _DATASET_PARAMETERS,
            "requestBody": {
                "required": True,
                "content": {
                    FORM: {"schema": _FORM_SCHEMA, "example": {"query": QUERY_EXAMPLE}},
                    QUERY_BODY: {"schema": {"type": "string"}, "example": QUERY_EXAMPLE},
                    UPDATE_BODY: {"schema": {"type": "string"}, "example": UPDATE_EXAMPLE},
                },
            },
        },
    )(answer)
    return router
