"""Writes that reach a serving process of ``dkg serve`` go to the process that owns the store.

Every serving process accepts connections on the same listening socket, so any of them can
receive ``POST /api/documents``, a SPARQL Update or a Graph Store write; but only one process
may open the store for writing (RocksDB's lock). This middleware sends such a request, as it
came (method, path, headers, body), over a Unix socket to the owner's app, which runs the same
routes with the store, and relays its answer. The owner publishes a snapshot after the write;
every serving process reads from it at its next request (:mod:`dkg.service.snapshot_reader`).

What counts as a write: every method but GET, HEAD and OPTIONS, except a query POSTed to
/sparql (read by :func:`~dkg.service.sparql_protocol.read_operation`, the endpoint's own
rules). The middleware sits inside the request-size cap, so a body is read at most up to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dkg.service.errors import ServiceError, StoreUnavailable
from dkg.service.problems import problem_response
from dkg.service.sparql_protocol import QUERY_BODY, read_operation

_READS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
_NOT_RELAYED: Final = frozenset({b"connection", b"keep-alive", b"transfer-encoding"})
"""Hop-by-hop headers, not relayed either way."""
_OWN_HEADERS: Final = frozenset({b"date", b"server"})
"""Response headers the serving process's server writes itself."""


class WriteForwarder:
    """Answer writes by relaying them to the store owner's app on ``socket_path``."""

    def __init__(self, app: ASGIApp, socket_path: Path) -> None:
        """Wrap ``app``; the connection to the owner is made at the first write."""
        self.app = app
        self.socket_path = socket_path
        self._client: httpx.AsyncClient | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Reads go to ``app``; writes to the owner."""
        if scope["type"] != "http" or scope["method"] in _READS:
            await self.app(scope, receive, send)
            return
        content_type = _header(scope, b"content-type")
        if scope["path"] == "/sparql" and content_type.split(";")[0].strip() == QUERY_BODY:
            await self.app(scope, receive, send)  # the usual query: no need to read it here
            return
        body = await _read_body(receive)
        if scope["path"] == "/sparql" and not _is_update(scope, content_type, body):
            await self.app(scope, _replay(body), send)
            return
        try:
            await self._relay(scope, body, send)
        except httpx.HTTPError as error:
            failure = StoreUnavailable(
                f"the process that writes the store did not answer ({error}); try again shortly",
                headers={"Retry-After": "1"},
            )
            await _problem(failure, scope, receive, send)

    async def _relay(self, scope: Scope, body: bytes, send: Send) -> None:
        if self._client is None:
            transport = httpx.AsyncHTTPTransport(uds=str(self.socket_path))
            timeout = httpx.Timeout(None, connect=10.0)  # an upload may take minutes
            self._client = httpx.AsyncClient(transport=transport, timeout=timeout)
        path = scope.get("raw_path") or scope["path"].encode()
        query = scope["query_string"]
        url = "http://owner" + (path + b"?" + query if query else path).decode("latin-1")
        headers = [
            (name, value)
            for name, value in scope["headers"]
            if name not in _NOT_RELAYED and name != b"origin"
        ]
        request = self._client.build_request(scope["method"], url, headers=headers, content=body)
        response = await self._client.send(request, stream=True)
        try:
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status_code,
                    "headers": _relayed(response.headers.raw),
                }
            )
            async for chunk in response.aiter_raw():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
        finally:
            await response.aclose()


def _relayed(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The owner's response headers to pass on. Its CORS middleware has added Origin to Vary,
    as the serving process's own (which answers the client's Origin) will do again."""
    relayed = []
    for name, value in headers:
        name = name.lower()
        if name in _NOT_RELAYED or name in _OWN_HEADERS:
            continue
        if name == b"vary":
            value = b", ".join(v.strip() for v in value.split(b",") if v.strip() != b"Origin")
            if not value:
                continue
        relayed.append((name, value))
    return relayed


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1")).lower()
    return ""


def _is_update(scope: Scope, content_type: str, body: bytes) -> bool:
    """Whether a POST to /sparql is an update; a malformed one is left to the endpoint,
    which answers it as it answers any other."""
    try:
        operation = read_operation("POST", scope["query_string"], content_type or None, body)
    except ServiceError:
        return False
    return operation.kind == "update"


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    """A ``receive`` that gives the app the body already read."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _problem(error: ServiceError, scope: Scope, receive: Receive, send: Send) -> None:
    response = problem_response(
        error.status,
        error.title,
        error.detail,
        slug=error.slug,
        instance=scope.get("path"),
        headers=error.headers,
    )
    await response(scope, receive, send)
