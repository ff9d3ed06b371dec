"""Paths answered before FastAPI's routing: the application class of the service.

A small query on /sparql used to spend more time in the framework than in the query worker:
FastAPI's own middleware (exception telemetry, a body limit), the match against every route,
dependency solving and scope bookkeeping cost 0.25 ms of CPU per request on the web process,
which with eight clients on two cores is the bottleneck. A *direct path* skips those: the
request goes through the same user middleware (CORS, the request-size cap) and the same
exception handlers as every route, then straight to its endpoint.

The path keeps its FastAPI route, which documents it in OpenAPI and answers the methods the
endpoint does not take (405); the route's endpoint is the same function.

A path may also have a *lean* endpoint, which answers its usual requests on the ASGI messages
themselves, outside every middleware, and hands every other request (the same messages, its
body replayed) to the stack above. It must then answer exactly as that stack would: it adds
what the middleware adds to an answer (the CORS headers), and a request the middleware would
change or refuse is not a usual one. What it cannot answer (an error its query raised) goes
to the same stack, whose exception handlers and middleware answer it as they answer the
endpoint's own errors. Why outside: the CORS, error and exception wrappers around every
answer (header tables rebuilt, a closure per message) took about a tenth of the event loop's
time per query (py-spy, ``ASK {}`` under wrk), and 28 of the app's 122 Python calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Final

from fastapi import FastAPI
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

Endpoint = Callable[[Request], Coroutine[Any, Any, Response]]
ErrorAnswer = Callable[[Scope, Receive, Send, Exception], Awaitable[None]]
"""``(scope, receive, send, error)``: answers ``error`` as the endpoint's stack answers it
when the endpoint raises it."""
LeanEndpoint = Callable[[Scope, Receive, Send, ASGIApp, ErrorAnswer], Awaitable[None]]
"""``(scope, receive, send, stack, fail)``: answers, passes the request on to ``stack`` (the
endpoint's full stack), or hands an error raised before it sent anything to ``fail``."""


class DirectPathApp(FastAPI):
    """FastAPI, plus endpoints answered at the ASGI level for some paths and methods."""

    def __init__(self, **kwargs: Any) -> None:
        """Like FastAPI; :meth:`add_direct_path` adds the direct paths."""
        super().__init__(**kwargs)
        self._endpoints: dict[str, tuple[frozenset[str], Endpoint, LeanEndpoint | None]] = {}
        self._direct_stacks: dict[str, ASGIApp] = {}

    def add_direct_path(
        self,
        path: str,
        methods: set[str],
        endpoint: Endpoint,
        lean: LeanEndpoint | None = None,
    ) -> None:
        """Answer ``methods`` on ``path`` with ``endpoint``, past the user middleware and the
        exception handlers but not FastAPI's routing (register the documenting route too).

        With ``lean``, that first, outside the middleware (see the module's docstring); it
        hands what it does not answer to the stack around ``endpoint``.
        """
        self._endpoints[path] = (frozenset(methods), endpoint, lean)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send a direct path's request to its endpoint, any other to FastAPI."""
        if scope["type"] == "http":
            found = self._endpoints.get(scope["path"])
            if found is not None and scope["method"] in found[0]:
                stack = self._direct_stacks.get(scope["path"])
                if stack is None:  # built at the first request, when the app is complete
                    stack = self._direct_stacks[scope["path"]] = self._stack(found[1], found[2])
                scope["app"] = self
                await stack(scope, receive, send)
                return
        await super().__call__(scope, receive, send)

    def _stack(self, endpoint: Endpoint, lean: LeanEndpoint | None) -> ASGIApp:
        """The middleware Starlette wraps around its router, wrapped around ``endpoint``; with
        ``lean``, that endpoint in front, with the stack as its fallback and, around an
        endpoint that raises the error it is given, as its error answer."""
        stack = self._wrapped(endpoint)
        if lean is None:
            return stack
        errors = self._wrapped(_raise_lean_error)

        async def fail(scope: Scope, receive: Receive, send: Send, error: Exception) -> None:
            scope[_LEAN_ERROR] = error
            await errors(scope, receive, send)

        async def answer_lean(scope: Scope, receive: Receive, send: Send) -> None:
            await lean(scope, receive, send, stack, fail)

        return answer_lean

    def _wrapped(self, endpoint: Endpoint) -> ASGIApp:
        """``endpoint`` inside the exception handlers, the user middleware and the error
        middleware, as Starlette stacks them around its router."""
        error_handler = None
        handlers = {}
        for key, handler in self.exception_handlers.items():
            if key in (500, Exception):
                error_handler = handler
            else:
                handlers[key] = handler

        async def answer(scope: Scope, receive: Receive, send: Send) -> None:
            response = await endpoint(Request(scope, receive, send))
            await response(scope, receive, send)

        app: ASGIApp = ExceptionMiddleware(answer, handlers=handlers, debug=self.debug)
        for cls, args, kwargs in reversed(self.user_middleware):
            app = cls(app, *args, **kwargs)
        return ServerErrorMiddleware(app, handler=error_handler, debug=self.debug)


_LEAN_ERROR: Final = "dkg.lean_error"
"""The scope key under which a lean endpoint's error reaches :func:`_raise_lean_error`."""


async def _raise_lean_error(request: Request) -> Response:
    """The endpoint of a lean endpoint's error answer: raises the error, for the stack's
    handlers to answer."""
    raise request.scope[_LEAN_ERROR]
