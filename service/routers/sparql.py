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

Protocol errors answer as the spec's conformance tests expect: two ``query`` (or ``update``)
parameters, both at once, an update over GET or an undecodable body: 400; a body type the
endpoint does not read: 415; a method other than GET/POST: 405.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse
from pyoxigraph import NamedNode
from starlette.concurrency import run_in_threadpool

from dkg.ontology import PREFIXES
from dkg.service.access import require_update_token
from dkg.service.descriptions import service_description
from dkg.service.errors import (
    BadRequest,
    InvalidParameter,
    MalformedQuery,
    MethodNotAllowed,
    QueryFailed,
    UnsupportedMediaType,
)
from dkg.service.negotiation import GRAPHS, SOLUTIONS, parse_accept, quality_of
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
from dkg.service.runtime import Runtime
from dkg.service.store.embedded import EmbeddedStore

FORM: Final = "application/x-www-form-urlencoded"
QUERY_BODY: Final = "application/sparql-query"
UPDATE_BODY: Final = "application/sparql-update"

_FORMAT_NAMES: Final = sorted(set(SOLUTIONS.aliases) | set(GRAPHS.aliases))
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
        enum=_FORMAT_NAMES,
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
        "format": {"type": "string", "enum": _FORMAT_NAMES},
    },
}


def _prefers_html(accept: str | None) -> bool:
    """Whether the client (a browser) ranks HTML above every RDF format."""
    ranges = parse_accept(accept)
    html = quality_of("text/html", ranges)
    return html > 0 and all(html > quality_of(media, ranges) for media in GRAPHS.offers)


def _single(values: Sequence[str], name: str) -> str | None:
    if len(values) > 1:
        raise BadRequest(f"send exactly one '{name}' parameter; this request has {len(values)}")
    return values[0] if values else None


def _graphs(values: Sequence[str], name: str) -> list[str] | None:
    if not values:
        return None
    for value in values:
        try:
            NamedNode(value)
        except ValueError:
            raise InvalidParameter(f"{name}: {value!r} is not an absolute IRI") from None
    return list(values)


def _content_type(request: Request) -> str:
    """The body's media type; a charset other than UTF-8 is refused (the protocol's rule)."""
    header = request.headers.get("content-type")
    if not header:
        raise UnsupportedMediaType(
            f"a POST to /sparql needs a Content-Type: {FORM}, {QUERY_BODY} or {UPDATE_BODY}"
        )
    media_type, *params = (part.strip() for part in header.split(";"))
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip(' "').lower() not in (
            "utf-8",
            "utf8",
            "us-ascii",
        ):
            raise UnsupportedMediaType(f"send the body in UTF-8, not {value.strip()}")
    return media_type.lower()


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadRequest(f"the request body is not valid UTF-8 ({error.reason})") from None


class _Params:
    """Protocol parameters from the URL and, for a form POST, the body (repeats kept)."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.pairs = pairs

    def all(self, name: str) -> list[str]:
        return [value for key, value in self.pairs if key == name]

    def one(self, name: str) -> str | None:
        return _single(self.all(name), name)

    def format_override(self) -> str | None:
        """``format=`` values joined (SPARQLWrapper repeats it, sometimes empty)."""
        return ",".join(value for value in self.all("format") if value.strip()) or None


def build_router(runtime: Runtime) -> APIRouter:
    """The /sparql routes, reading and writing through ``runtime``."""
    settings = runtime.settings
    router = APIRouter(tags=["SPARQL"])

    def base_url(request: Request) -> str:
        return (settings.base_url or str(request.base_url)).rstrip("/")

    async def answer_query(request: Request, sparql: str, params: _Params) -> Response:
        format_override = params.format_override()
        if format_override and not (
            SOLUTIONS.choose(None, format_override) or GRAPHS.choose(None, format_override)
        ):
            raise InvalidParameter(
                f"format: {format_override!r} is not one of {', '.join(_FORMAT_NAMES)}"
            )
        accept = request.headers.get("accept")
        solutions_format = SOLUTIONS.choose(accept, format_override)
        graph_format = GRAPHS.choose(accept, format_override)
        if solutions_format is None and graph_format is None:
            SOLUTIONS.require(accept, format_override)  # raises NotAcceptable with the offers
        result = await runtime.runner.run_serialized_async(
            sparql,
            solutions_format=solutions_format,
            graph_format=graph_format,
            default_graph=_graphs(params.all("default-graph-uri"), "default-graph-uri"),
            named_graphs=_graphs(params.all("named-graph-uri"), "named-graph-uri"),
        )
        return Response(
            result.body,
            media_type=result.media_type,
            headers={
                "Vary": "Accept",
                "Result-Truncated": "true" if result.truncated else "false",
                "Result-Row-Limit": str(settings.max_result_rows),
            },
        )

    async def apply_update(request: Request, sparql: str, params: _Params) -> Response:
        require_update_token(request, settings)
        if params.all("using-graph-uri") or params.all("using-named-graph-uri"):
            raise BadRequest(
                "using-graph-uri and using-named-graph-uri are not supported; "
                "write USING / WITH clauses in the update instead"
            )
        check_update(sparql, settings.service_allowlist)
        dataset = runtime.dataset
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

    async def describe(request: Request, params: _Params) -> Response:
        accept = request.headers.get("accept")
        override = params.format_override()
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

    @router.get(
        "/sparql",
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
    )
    async def sparql_get(request: Request) -> Response:
        """Answer a query sent in the URL, or describe the service."""
        params = _Params(list(request.query_params.multi_items()))
        if params.all("update"):
            raise BadRequest("SPARQL Update is accepted only with POST (SPARQL 1.1 Protocol 2.2)")
        query = params.one("query")
        if query is None:
            return await describe(request, params)
        return await answer_query(request, query, params)

    @router.post(
        "/sparql",
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
    )
    async def sparql_post(request: Request) -> Response:
        """Answer a query or apply an update sent in the body."""
        media_type = _content_type(request)
        url_pairs = list(request.query_params.multi_items())
        body = await request.body()
        if media_type == FORM:
            try:
                form = parse_qsl(_decode(body), keep_blank_values=True, errors="strict")
            except UnicodeDecodeError:
                raise BadRequest("the form is not valid UTF-8 once percent-decoded") from None
            params = _Params(url_pairs + form)
            query, update = params.one("query"), params.one("update")
            if query is not None and update is not None:
                raise BadRequest("send either 'query' or 'update', not both")
            if update is not None:
                return await apply_update(request, update, params)
            if query is None:
                raise BadRequest("the form has no 'query' (or 'update') parameter")
            return await answer_query(request, query, params)
        params = _Params(url_pairs)
        if media_type == QUERY_BODY:
            if params.all("query") or params.all("update"):
                raise BadRequest("the query is the body; do not also send 'query' in the URL")
            return await answer_query(request, _decode(body), params)
        if media_type == UPDATE_BODY:
            if params.all("query") or params.all("update"):
                raise BadRequest("the update is the body; do not also send it in the URL")
            return await apply_update(request, _decode(body), params)
        raise UnsupportedMediaType(
            f"/sparql reads {FORM}, {QUERY_BODY} or {UPDATE_BODY} bodies, not {media_type}"
        )

    return router
