"""``GET /api/{name}``: one route per canned query, generated from the catalog in a loop.

Each route's parameters come from the query's header, so OpenAPI documents every one with its
type and description, and FastAPI answers an ill-typed value with 422 before any SPARQL runs.
A request is answered in these steps:

1. a page already sent for the same path and query string on this data version is answered
   from the page cache before FastAPI even parses the parameters (:func:`page_route`): a dict
   lookup and a write of bytes on the event loop (304 when ``If-None-Match`` matches);
2. otherwise the values become typed RDF terms (:func:`dkg.service.binding.to_term`, 422 on
   misfit), and the ETag (store version + query + parameters + page) is compared with
   ``If-None-Match``: a match is a 304 with no work done;
3. in a thread: the assembled item list is taken from the item cache, keyed on (query,
   parameters, store version), or computed: the bound query runs once through the service's
   query runner (so the time limit holds), and rows are folded into items
   (:mod:`dkg.service.item_shapes`); the page ``[offset, offset + limit)`` is cut from the
   list, whose length is the total, encoded and stored in the page cache.

Paging in Python after grouping is what makes ``total`` exact and the order stable: a fact has
as many rows as it has sources and multi-valued fields, so a SPARQL ``LIMIT`` would cut items
in half, and params may not reach into a subquery that could page distinct facts.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import threading
import time
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Annotated, Any, Final, Literal

from anyio import to_thread
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import PlainTextResponse
from fastapi.routing import APIRoute
from pyoxigraph import NamedNode

from dkg.service.binding import Bound, InvalidValue, Term, bind, country_lookup, to_term
from dkg.service.catalog import CannedQuery, Param
from dkg.service.errors import InvalidParameter, ServiceError
from dkg.service.item_schemas import page_schema
from dkg.service.item_shapes import SHAPES, plain_rows
from dkg.service.openapi_docs import problems
from dkg.service.query_runner import RunQuery
from dkg.service.result_cache import ResultCache
from dkg.service.results import SelectResult

DEFAULT_LIMIT: Final = 100
MAX_LIMIT: Final = 1000
MAX_CANNED_ROWS: Final = 5_000_000
"""Row cap for canned queries: far above the /sparql cap, since paging happens after the
rows are folded into items; an answer past it is refused rather than silently short."""

WARM_POLL_S: Final = 0.1
"""How often background warming checks for a spare query worker."""
PAGE_CACHE_BYTES: Final = 64 * 1024 * 1024
"""Budget of the encoded-page cache: some 800 pages of 100 visits, whatever the page sizes."""

Items = list[dict[str, Any]]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CannedContext:
    """What every canned route shares: how to run SPARQL, the data version, the cache."""

    run: RunQuery
    version: Callable[[], str]
    cache: ResultCache[Items]
    catalog: Mapping[str, CannedQuery]
    warm: bool
    spare_worker: Callable[[], bool] | None = None
    """Whether a query worker is idle beyond one left for requests (None: do not check)."""
    countries: ResultCache[tuple[NamedNode, ...]] = field(
        default_factory=lambda: ResultCache[tuple[NamedNode, ...]](1024)
    )
    """Country nodes each ``country`` parameter value names, keyed on (value, version)."""
    pages: ResultCache[tuple[str, bytes]] = field(
        default_factory=lambda: ResultCache[tuple[str, bytes]](
            PAGE_CACHE_BYTES, weigh=lambda page: len(page[1])
        )
    )
    """(ETag, encoded page) as sent, keyed on (path, raw query string, version)."""
    _warmed: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def warm_once(self, version: str) -> None:
        """Compute every query's unfiltered answer for ``version`` in the background, once.

        The unfiltered lists are what most clients ask for (and page through), and at a
        million triples one costs seconds; computing them right after the data changes turns
        those requests into cache hits.
        """
        if not self.warm:
            return
        with self._lock:
            if version in self._warmed:
                return
            self._warmed.add(version)
        threading.Thread(
            target=self._warm, args=(version,), name="dkg-canned-warm", daemon=True
        ).start()

    def _warm(self, version: str) -> None:
        for query in self.catalog.values():
            try:
                if not self._wait_for_spare_worker(version):
                    return  # the data changed meanwhile: the newer version warms itself
                answer(query, {}, self, version)
            except ServiceError as error:
                logger.warning("could not precompute /api/%s: %s", query.name, error.detail)

    def _wait_for_spare_worker(self, version: str) -> bool:
        """Wait until warming can take a query worker and leave one free for requests.

        At a million triples an unfiltered query holds its worker for seconds; were warming to
        take the last free one, a request that costs milliseconds (a country, a document)
        would wait behind it. False when the data changed while waiting.
        """
        while self.version() == version:
            if self.spare_worker is None or self.spare_worker():
                return True
            time.sleep(WARM_POLL_S)
        return False


def build_canned_router(
    catalog: Mapping[str, CannedQuery],
    run: RunQuery,
    version: Callable[[], str],
    *,
    cache_size: int = 256,
    warm: bool = True,
    spare_worker: Callable[[], bool] | None = None,
) -> APIRouter:
    """Routes ``GET /api/{name}`` for every canned query plus ``GET /api/queries``.

    ``run`` is the service's one query function (``QueryRunner.run``); ``version`` returns the
    version of the data the runner reads (``ServedDataset.snapshot.version``). With ``warm``,
    the first canned request on a new version precomputes every unfiltered answer, one query
    at a time and only while ``spare_worker()`` says a worker would stay free for requests.
    """
    router = APIRouter(prefix="/api")
    context = CannedContext(run, version, ResultCache(cache_size), catalog, warm, spare_worker)
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
        version = context.version()
        if show == "query":
            sparql = await to_thread.run_sync(bound_query, query, terms, context, version)
            return PlainTextResponse(sparql, media_type="application/sparql-query")
        context.warm_once(version)
        etag = _etag(version, query.name, terms, limit, offset)
        if _matches(request.headers.get("if-none-match"), etag):
            return _not_modified(etag)
        body = await to_thread.run_sync(page, query, terms, context, version, limit, offset)
        context.pages.put(_page_key(request, version), (etag, body))
        return _page_response(etag, body)

    parameters = [
        inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)
    ]
    parameters += [
        _keyword("limit", Annotated[int, Query(ge=0, le=MAX_LIMIT, description=_LIMIT)], 100),
        _keyword("offset", Annotated[int, Query(ge=0, description=_OFFSET)], 0),
        _keyword("show", Annotated[Literal["query"] | None, Query(description=_SHOW)], None),
    ]
    parameters += [_keyword(_arg(p), _annotation(p), None) for p in query.params]
    endpoint.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    endpoint.__name__ = query.name
    endpoint.__doc__ = query.summary
    return endpoint


def page_route(context: CannedContext) -> type[APIRoute]:
    """The route class of the canned endpoints: a page already sent for the same path and query
    string on this data version is answered before FastAPI parses and validates the
    parameters, which is most of what a hit costs. The same string validates to the same
    values, so the stored page is the one the endpoint would build."""

    class PageRoute(APIRoute):
        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handler = super().get_route_handler()

            async def answer_stored_page(request: Request) -> Response:
                stored = context.pages.get(_page_key(request, context.version()))
                if stored is None:
                    return await handler(request)
                etag, body = stored
                if _matches(request.headers.get("if-none-match"), etag):
                    return _not_modified(etag)
                return _page_response(etag, body)

            return answer_stored_page

    return PageRoute


def bind_values(query: CannedQuery, raw: Mapping[str, object]) -> dict[str, Term]:
    """Typed terms for the given values, in declaration order.

    Raises:
        InvalidParameter: a value does not fit its parameter's type (422).
    """
    terms: dict[str, Term] = {}
    for param in query.params:
        if param.name not in raw:
            continue
        value = raw[param.name]
        text = str(value).lower() if isinstance(value, bool) else str(value)
        try:
            terms[param.name] = to_term(param, text)
        except InvalidValue as error:
            raise InvalidParameter(str(error)) from error
    return terms


def page(
    query: CannedQuery,
    terms: Mapping[str, Term],
    context: CannedContext,
    version: str,
    limit: int,
    offset: int,
) -> bytes:
    """The JSON body of one page, ``{items, total, limit, offset}``, encoded as JSONResponse
    would encode it."""
    items = answer(query, terms, context, version)
    content = {"items": items[offset : offset + limit], "total": len(items)}
    return json.dumps(
        {**content, "limit": limit, "offset": offset},
        ensure_ascii=False,
        allow_nan=False,
        separators=(",", ":"),
    ).encode("utf-8")


def bound_query(
    query: CannedQuery, terms: Mapping[str, Term], context: CannedContext, version: str
) -> str:
    """The SPARQL that runs for these values (what ``?show=query`` answers)."""
    return bind(query, resolve(query, terms, context, version))


def answer(
    query: CannedQuery, terms: Mapping[str, Term], context: CannedContext, version: str
) -> Items:
    """All items of the query for these values, from the cache or by running it once.

    Raises:
        ServiceError: the answer has more rows than :data:`MAX_CANNED_ROWS`.
        (and whatever the query runner raises: timeout, unavailable store)
    """
    key = (query.name, _terms_key(terms), version)
    return context.cache.get_or_compute(key, lambda: _compute(query, terms, context, version))


def resolve(
    query: CannedQuery, terms: Mapping[str, Term], context: CannedContext, version: str
) -> dict[str, Bound]:
    """The terms to bind: each ``country`` value replaced by the IRIs of the nodes it names.

    Bound as IRIs, a country starts the query from an index lookup; matched as text it was
    compared on every row (6-8 s at 1M triples). Lookups are cached per data version.
    """
    bound: dict[str, Bound] = dict(terms)
    for param in query.params:
        term = terms.get(param.name)
        if param.type == "country" and term is not None:
            bound[param.name] = context.countries.get_or_compute(
                (term.value, version), partial(_find_countries, term.value, context)
            )
    return bound


def _find_countries(raw: str, context: CannedContext) -> tuple[NamedNode, ...]:
    # The exact spellings first (index lookups); the case-insensitive scan only if they miss.
    for any_case in (False, True):
        result = context.run(country_lookup(raw, any_case=any_case), max_rows=MAX_LIMIT)
        if not isinstance(result, SelectResult):
            raise ServiceError("the country lookup did not answer rows")
        found = tuple(row["country"] for row in result if isinstance(row["country"], NamedNode))
        if found:
            return found
    return ()


def _compute(
    query: CannedQuery, terms: Mapping[str, Term], context: CannedContext, version: str
) -> Items:
    sparql = bound_query(query, terms, context, version)
    result = context.run(sparql, max_rows=MAX_CANNED_ROWS)
    if not isinstance(result, SelectResult):  # load_catalog admits SELECT queries only
        raise ServiceError(f"canned query {query.name!r} did not answer rows")
    if result.truncated:
        raise ServiceError(
            f"/api/{query.name} matched more than {MAX_CANNED_ROWS} rows; add a filter"
        )
    rows = list(result)
    shape = SHAPES.get(query.name)
    return shape.assemble(rows) if shape is not None else plain_rows(rows)


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
    return "\n".join(lines)


def _page_key(request: Request, version: str) -> tuple[str, bytes, str]:
    return (request.scope["path"], request.scope["query_string"], version)


def _page_response(etag: str, body: bytes) -> Response:
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    return Response(body, media_type="application/json", headers=headers)


def _not_modified(etag: str) -> Response:
    return Response(status_code=304, headers={"ETag": etag, "Cache-Control": "no-cache"})


def _terms_key(terms: Mapping[str, Term]) -> tuple[tuple[str, str], ...]:
    return tuple((name, str(term)) for name, term in terms.items())


def _etag(version: str, name: str, terms: Mapping[str, Term], limit: int, offset: int) -> str:
    text = "\n".join([version, name, *(f"{k}={v}" for k, v in terms.items()), f"{limit}:{offset}"])
    return '"' + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32] + '"'


def _matches(header: str | None, etag: str) -> bool:
    """RFC 9110 weak comparison of If-None-Match against our (strong) ETag."""
    if not header:
        return False
    tags = [tag.strip().removeprefix("W/") for tag in header.split(",")]
    return "*" in tags or etag in tags
