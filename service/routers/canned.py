"""``GET /api/{name}``: one route per canned query, generated from the catalog in a loop.

Each route's parameters come from the query's header, so OpenAPI documents every one with its
type and description, and FastAPI answers an ill-typed value with 422 before any SPARQL runs.
A request is answered in these steps:

1. a page already sent for the same path and query string on this data version is answered
   from the page cache before FastAPI even parses the parameters
   (:mod:`dkg.service.routers.canned_pages`);
2. otherwise the values become typed RDF terms (422 on misfit), and the ETag (store version +
   query + parameters + page) is compared with ``If-None-Match``: a match is a 304 with no
   work done;
3. in a thread: the page is cut from the query's encoded items, cached per data version,
   shared by the serving processes or computed once (:mod:`dkg.service.routers.canned_answers`),
   and stored in the page cache.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from functools import partial
from typing import Annotated, Any, Literal

from anyio import to_thread
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import PlainTextResponse

from dkg.service.catalog import CannedQuery, Param
from dkg.service.item_schemas import page_schema
from dkg.service.openapi_docs import problems
from dkg.service.query_runner import RunQuery
from dkg.service.result_cache import ResultCache
from dkg.service.routers.canned_answers import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    CannedContext,
    bind_values,
    bound_query,
    by_keys,
    on_current_version,
)
from dkg.service.routers.canned_keys import page
from dkg.service.routers.canned_pages import (
    etag_matches,
    not_modified,
    page_etag,
    page_key,
    page_response,
    page_route,
)
from dkg.service.routers.canned_warming import warm_once
from dkg.service.shared_answers import SharedAnswers


def build_canned_router(
    catalog: Mapping[str, CannedQuery],
    run: RunQuery,
    version: Callable[[], str],
    *,
    cache_size: int = 256,
    warm: bool = True,
    spare_worker: Callable[[], bool] | None = None,
    on_warm: Callable[[Callable[[bool], None]], None] | None = None,
    shared: Callable[[str], SharedAnswers | None] | None = None,
) -> APIRouter:
    """Routes ``GET /api/{name}`` for every canned query plus ``GET /api/queries``.

    ``run`` is the service's one query function (``QueryRunner.run``); ``version`` returns the
    version of the data the runner reads (``ServedDataset.snapshot.version``). With ``warm``,
    the first canned request on a new version precomputes every unfiltered answer, one query
    at a time and only while ``spare_worker()`` says a worker would stay free for requests.
    ``on_warm`` receives a function that warms the current version at once, for an app that
    should not wait for a first request (the owner of ``dkg serve``): in the background, or
    before it returns when called with True.
    ``shared`` gives the answers of a data version that sibling serving processes share, so
    each answer is computed by one of them only.
    """
    router = APIRouter(prefix="/api")
    context = CannedContext(
        run, version, ResultCache(cache_size), catalog, warm, spare_worker, shared
    )
    if on_warm is not None:
        on_warm(lambda wait: warm_once(context, version(), wait=wait))
    listing = [describe(query) for query in catalog.values()]

    def list_queries() -> list[dict[str, Any]]:
        """The canned queries: route, summary, typed parameters, returned variables, SPARQL."""
        return listing

    router.add_api_route(
        "/queries", list_queries, methods=["GET"], tags=["meta"], operation_id="list_queries"
    )
    route_class = page_route(context)
    for query in catalog.values():
        router.add_api_route(
            f"/{query.name}",
            build_endpoint(query, context),
            methods=["GET"],
            summary=query.summary,
            description=_description(query),
            tags=list(query.tags) or ["canned"],
            operation_id=query.name,
            response_model=None,
            responses={
                200: {
                    "description": "A page of items: {items, total, limit, offset}; with "
                    "show=query, the SPARQL that would run",
                    "content": {
                        "application/json": {"schema": page_schema(query.name)},
                        "application/sparql-query": {"schema": {"type": "string"}},
                    },
                },
                304: {"description": "Not modified since the ETag given in If-None-Match"},
                **problems(422, 503),
            },
            route_class_override=route_class,
        )
    return router


def describe(query: CannedQuery) -> dict[str, Any]:
    """The catalog entry of one query as ``/api/queries`` lists it."""
    return {
        "name": query.name,
        "path": f"/api/{query.name}",
        "summary": query.summary,
        "description": query.description,
        "tags": list(query.tags),
        "params": [
            {"name": p.name, "type": p.type, "description": p.description, "enum": list(p.enum)}
            for p in query.params
        ],
        "returns": list(query.returns),
        "sparql": query.sparql,
    }


def build_endpoint(query: CannedQuery, context: CannedContext) -> Callable[..., Any]:
    """An async route function whose signature FastAPI reads the params from.

    Repeated pages never reach it (:func:`page_route` answers them). It runs on the event loop
    and sends the work (running SPARQL, folding rows, encoding) to a thread.
    """

    async def endpoint(request: Request, **kwargs: Any) -> Response:
        limit: int = kwargs.pop("limit")
        offset: int = kwargs.pop("offset")
        show: str | None = kwargs.pop("show")
        raw = {p.name: kwargs[_arg(p)] for p in query.params if kwargs[_arg(p)] is not None}
        terms = bind_values(query, raw)
        if show == "query":
            bind_now = partial(bound_query, query, terms, context)
            _, sparql = await to_thread.run_sync(on_current_version, context, bind_now)
            return PlainTextResponse(sparql, media_type="application/sparql-query")
        version = context.version()
        warm_once(context, version)
        etag = page_etag(version, query.name, terms, limit, offset)
        if etag_matches(request.headers.get("if-none-match"), etag):
            return not_modified(etag)
        # The page and its ETag are those of the version the answer was computed on, which a
        # write may have made newer than the one just read.
        version, body = await to_thread.run_sync(page, query, terms, context, limit, offset)
        etag = page_etag(version, query.name, terms, limit, offset)
        context.pages.put(page_key(request, version), (etag, body))
        return page_response(etag, body)

    parameters = [
        inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)
    ]
    parameters += [
        _keyword(
            "limit", Annotated[int, Query(ge=0, le=MAX_LIMIT, description=_LIMIT)], DEFAULT_LIMIT
        ),
        _keyword("offset", Annotated[int, Query(ge=0, description=_OFFSET)], 0),
        _keyword("show", Annotated[Literal["query"] | None, Query(description=_SHOW)], None),
    ]
    parameters += [_keyword(_arg(p), _annotation(p), None) for p in query.params]
    endpoint.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    endpoint.__name__ = query.name
    endpoint.__doc__ = query.summary
    return endpoint


_LIMIT = f"Most items in the page (default {DEFAULT_LIMIT}, at most {MAX_LIMIT})."
_OFFSET = "How many items to skip: the page starts at this position of the stable order."
_SHOW = "With show=query, answer the SPARQL (parameters bound) instead of running it."
_DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$"


def _arg(param: Param) -> str:
    # Parameter names such as `from` are Python keywords: the function argument gets a
    # prefix and the HTTP name is restored by the alias.
    return f"p_{param.name}"


def _keyword(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default
    )


def _annotation(param: Param) -> Any:
    """The typed, documented FastAPI query parameter for one declared param."""
    common: dict[str, Any] = {"alias": param.name, "description": param.description}
    match param.type:
        case "integer":
            return Annotated[int | None, Query(**common)]
        case "decimal":
            return Annotated[float | None, Query(**common)]
        case "boolean":
            return Annotated[bool | None, Query(**common)]
        case "date":
            return Annotated[str | None, Query(pattern=_DATE_PATTERN, **common)]
        case "year":
            return Annotated[str | None, Query(pattern=r"^\d{4}$", **common)]
        case "iri":
            return Annotated[str | None, Query(max_length=2000, **common)]
        case "string" | "lang_string" if param.enum:
            return Annotated[Literal[param.enum] | None, Query(**common)]
        case _:
            return Annotated[str | None, Query(max_length=500, **common)]


def _description(query: CannedQuery) -> str:
    lines = [query.description or query.summary, ""]
    lines.append(f"SPARQL: `queries/{query.name}.rq` (see it bound with `?show=query`).")
    if by_keys(query):
        keys = ", ".join(f"`?{column}`" for column in query.keys)
        lines.append(
            f"The service reads a page in two steps: that query without its `#fields` lines, "
            f"projecting DISTINCT {keys}, orders the items; then that query for the page's "
            f"items only, their `?{query.keys[0]}` bound."
        )
    return "\n".join(lines)
