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
themselves, past the user middleware too, and hands every other request (the same messages,
its body replayed) to the stack above. It must then answer exactly as that stack would: a
request the middleware would change or refuse is not a usual one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from fastapi import FastAPI
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

Endpoint = Callable[[Request], Coroutine[Any, Any, Response]]
LeanEndpoint = Callable[[Scope, Receive, Send, ASGIApp], Awaitable[None]]
"""``(scope, receive, send, stack)``: answers, or passes the request on to ``stack`` (the
endpoint's full stack); an error it raises is answered by the app's exception handlers."""


class DirectPathApp(FastAPI):
    """FastAPI, plus endpoints answered at the ASGI level for some paths and methods."""

    def __init__(self, **kwargs: Any) -> None:
        """Like FastAPI; :meth:`add_direct_path` adds the direct paths."""
        super().__init__(**kwargs)
        self._endpoints: dict[
            str, tuple[frozenset[str], Endpoint, LeanEndpoint | None, tuple[object, ...]]
        ] = {}
        self._direct_stacks: dict[str, ASGIApp] = {}

    def add_direct_path(
        self,
        path: str,
        methods: set[str],
        endpoint: Endpoint,
        lean: LeanEndpoint | None = None,
        *,
        lean_past: tuple[object, ...] = (),
    ) -> None:
        """Answer ``methods`` on ``path`` with ``endpoint``, past the user middleware and the
        exception handlers but not FastAPI's routing (register the documenting route too).

        With ``lean``, that first: it stands below the user middleware but those of the
        classes in ``lean_past`` (which must be the innermost ones), and must answer as they
        would; it hands what it does not answer to them and ``endpoint``.
        """
        self._endpoints[path] = (frozenset(methods), endpoint, lean, lean_past)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send a direct path's request to its endpoint, any other to FastAPI."""
        if scope["type"] == "http":
            found = self._endpoints.get(scope["path"])
            if found is not None and scope["method"] in found[0]:
                stack = self._direct_stacks.get(scope["path"])
                if stack is None:  # built at the first request, when the app is complete
                    stack = self._direct_stacks[scope["path"]] = self._stack(*found[1:])
                scope["app"] = self
                await stack(scope, receive, send)
                return
        await super().__call__(scope, receive, send)

    def _stack(
        self, endpoint: Endpoint, lean: LeanEndpoint | None, lean_past: tuple[object, ...]
    ) -> ASGIApp:
        """The middleware Starlette wraps around its router, wrapped around ``endpoint``; with
        ``lean``, the middleware in ``lean_past`` and ``endpoint`` become its fallback."""
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
        middleware = list(self.user_middleware)
        if lean is not None:
            while middleware and middleware[-1].cls in lean_past:
                cls, args, kwargs = middleware.pop()
                app = cls(app, *args, **kwargs)
            if any(entry.cls in lean_past for entry in middleware):
                raise ValueError("a lean endpoint can only stand in for the innermost middleware")
            fallback = app

            async def answer_lean(scope: Scope, receive: Receive, send: Send) -> None:
                await lean(scope, receive, send, fallback)

            app = ExceptionMiddleware(answer_lean, handlers=handlers, debug=self.debug)
        for cls, args, kwargs in reversed(middleware):
            app = cls(app, *args, **kwargs)
        return ServerErrorMiddleware(app, handler=error_handler, debug=self.debug)
