"""SPARQL queries on /sparql answered on the ASGI messages themselves: the lean endpoint of the
path (:mod:`dkg.service.direct_paths`), for the requests nearly every client sends.

Why: an uncached query of a few rows spent more CPU in the web stack than in the store. The
CORS, request-size cap and write forwarding middleware, the error and exception wrappers, the
Request and Response objects, their header tables and the Starlette ``send`` chain were rebuilt
for every request, around an answer that is one body and a handful of headers. Here a query is
read, run and answered with the same functions as the full endpoint
(:mod:`dkg.service.routers.sparql`), with the CORS headers the middleware would add, and
everything else, each request those layers would change or refuse, goes to them with its body
replayed:

- a declared size, query string or body over the cap (the cap answers 413);
- anything but a query: an update (forwarded to the owner in ``dkg serve``), the service
  description, a request that breaks a protocol rule (400, 406, 415 with their messages).

What the query itself raises (syntax, time limit, SERVICE refused...) is answered by the app's
error handlers and middleware, as on the full endpoint.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Final, NamedTuple

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dkg.service.direct_paths import ErrorAnswer
from dkg.service.errors import ServiceError
from dkg.service.runtime import Runtime
from dkg.service.sparql_protocol import Operation, answer_formats, read_operation

TEXT_CHARSET: Final = "; charset=utf-8"
"""Added to a ``text/`` media type, as Starlette's responses do on the full endpoint."""
VARY: Final = (b"vary", b"Accept")
"""An answer depends on the Accept header (content negotiation)."""
VARY_WITH_ORIGIN: Final = (b"vary", b"Accept, Origin")
""":data:`VARY` as the CORS middleware leaves it (the CORS headers depend on Origin)."""


class PreparedQuery(NamedTuple):
    """A query to run and how to answer it."""

    text: str
    solutions_format: str | None
    graph_format: str | None
    default_graph: list[str] | None
    named_graphs: list[str] | None


class _NotUsual(Exception):
    """The request is not a plain query within the cap: the fallback answers it."""


class LeanQueries:
    """The lean endpoint of /sparql over ``runtime`` (see the module's docstring)."""

    def __init__(self, runtime: Runtime, cross_origin: Mapping[str, str]) -> None:
        """Answer with ``runtime``'s query runner, under its settings' caps.

        The app's CORS rule lets every origin read the answers, without credentials: an answer
        then varies on Origin too, and to a request that has an Origin it adds the headers
        ``cross_origin`` (the rule's ``simple_headers``), as the CORS middleware would.
        """
        self.runtime = runtime
        self.max_bytes = runtime.settings.max_request_bytes
        self.row_limit = str(runtime.settings.max_result_rows).encode()
        self.cross_origin = [(k.lower().encode(), v.encode()) for k, v in cross_origin.items()]

    async def __call__(
        self, scope: Scope, receive: Receive, send: Send, stack: ASGIApp, fail: ErrorAnswer
    ) -> None:
        """Answer a plain query; pass anything else to ``stack`` with the body read so far,
        and an error of the query to ``fail``."""
        body = _Body()
        try:
            usual = await self._usual(scope, receive, body)
            answer = None if usual is None else (await self.run(usual[0]), usual[1])
        except Exception as error:  # not hidden: answered as the stack answers it when raised
            await fail(scope, body.replaying(receive), send, error)
            return
        if answer is None:
            await stack(scope, body.replaying(receive), send)
            return
        (content, headers), origin = answer
        headers.append(VARY_WITH_ORIGIN)
        if origin:
            headers += self.cross_origin
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    async def _usual(
        self, scope: Scope, receive: Receive, body: _Body
    ) -> tuple[PreparedQuery, bool] | None:
        """The query of a usual request, and whether it has an Origin header; None for a
        request the stack must answer (what was read of its body stays in ``body``)."""
        try:
            accept, origin, operation = await self._read(scope, receive, body)
            return self.prepare(accept, operation), origin
        except (_NotUsual, ServiceError):
            return None

    def prepare(self, accept: str | None, operation: Operation) -> PreparedQuery:
        """The query with its answer formats and dataset, as the request gives them.

        Raises:
            NotAcceptable: no format the client accepts (406).
            InvalidParameter: a bad ``format=`` or dataset IRI.
        """
        params = operation.params
        return PreparedQuery(
            operation.text,
            *answer_formats(accept, params),
            params.graphs("default-graph-uri"),
            params.graphs("named-graph-uri"),
        )

    async def run(self, query: PreparedQuery) -> tuple[bytes, list[tuple[bytes, bytes]]]:
        """Run ``query``: the answer's body and headers but ``Vary`` (the status is 200).

        Raises the errors of the runner's ``run_serialized_async`` (time limit, syntax...).
        """
        result = await self.runtime.runner.run_serialized_async(
            query.text,
            solutions_format=query.solutions_format,
            graph_format=query.graph_format,
            default_graph=query.default_graph,
            named_graphs=query.named_graphs,
        )
        return result.body, [
            (b"result-truncated", b"true" if result.truncated else b"false"),
            (b"result-row-limit", self.row_limit),
            (b"content-length", str(len(result.body)).encode()),
            (b"content-type", _content_type(result.media_type)),
        ]

    async def _read(
        self, scope: Scope, receive: Receive, body: _Body
    ) -> tuple[str | None, bool, Operation]:
        """The Accept header, whether there is an Origin header, and the operation of a
        request within the cap; what it reads of the body stays in ``body`` for a fallback.

        Raises:
            _NotUsual: the request is over the cap or not a query, or breaks a protocol rule.
        """
        accept = content_type = declared = None
        origin = False
        for name, value in scope["headers"]:  # the first of repeated headers, as Starlette
            if name == b"accept" and accept is None:
                accept = value.decode("latin-1")
            elif name == b"origin":
                origin = True
            elif name == b"content-type" and content_type is None:
                content_type = value.decode("latin-1")
            elif name == b"content-length":  # repeated: left to the size cap's own reading
                declared = value if declared is None else b"repeated"
        if len(scope["query_string"]) > self.max_bytes:
            raise _NotUsual
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            raise _NotUsual
        method = scope["method"]
        content = await body.read(receive, self.max_bytes) if method == "POST" else b""
        try:
            operation = read_operation(method, scope["query_string"], content_type, content)
        except ServiceError:
            raise _NotUsual from None
        if operation.kind != "query":
            raise _NotUsual
        return accept, origin, operation


@lru_cache(maxsize=16)
def _content_type(media_type: str) -> bytes:
    """The Content-Type of an answer in ``media_type`` (a few, so cached): a ``text/`` type says
    its charset, as Starlette's responses do on the full endpoint."""
    return (media_type + TEXT_CHARSET if media_type.startswith("text/") else media_type).encode()


class _Body:
    """A request body as it is read, kept to be given again to the fallback."""

    def __init__(self) -> None:
        """Nothing read yet."""
        self.chunks: list[bytes] = []
        self.complete = False

    async def read(self, receive: Receive, max_bytes: int) -> bytes:
        """The whole body, up to ``max_bytes``.

        Raises:
            _NotUsual: it is over the cap, or the client left.
        """
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                raise _NotUsual
            chunk = message.get("body", b"")
            self.chunks.append(chunk)
            size += len(chunk)
            self.complete = not message.get("more_body", False)
            if size > max_bytes:
                raise _NotUsual
            if self.complete:
                return b"".join(self.chunks)

    def replaying(self, receive: Receive) -> Receive:
        """A ``receive`` that gives the parts read again, then reads on from ``receive``."""
        if not self.chunks:
            return receive
        pending = list(self.chunks)
        complete = self.complete

        async def replay() -> Message:
            if pending:
                chunk = pending.pop(0)
                more = bool(pending) or not complete
                return {"type": "http.request", "body": chunk, "more_body": more}
            return await receive()

        return replay
