"""The request-size cap, as ASGI middleware so that it stops an oversized body while it is
still arriving (a Content-Length over the cap is refused before any byte is read)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dkg.service.errors import PayloadTooLarge
from dkg.service.problems import problem_response


class RequestSizeLimit:
    """Answer 413 to a request whose body or query string is over ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        """Wrap ``app``."""
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the declared sizes, then count the body as it streams in."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        too_big = len(scope.get("query_string", b"")) > self.max_bytes
        try:
            too_big = too_big or int(declared) > self.max_bytes
        except ValueError:
            too_big = False  # the server rejects a malformed Content-Length itself
        if too_big:
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge(self._detail())
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)

    def _detail(self) -> str:
        return (
            f"the request is over the limit of {self.max_bytes} bytes; send a smaller body "
            "(for large data use several uploads)"
        )

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            PayloadTooLarge.status,
            PayloadTooLarge.title,
            self._detail(),
            slug=PayloadTooLarge.slug,
            instance=scope.get("path"),
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)


class _BodyTooLarge(PayloadTooLarge):
    """Raised inside receive() to abandon a body that went over the limit (the error handlers
    answer it when the route reads the body itself; this middleware otherwise)."""
