"""Pages of the canned endpoints as sent: ETags, 304s and the route class answering repeats.

A page already sent for the same path and query string on this data version is answered from
the page cache before FastAPI even parses the parameters (:func:`page_route`): a dict lookup
and a write of bytes on the event loop (304 when ``If-None-Match`` matches). A page built by
the endpoint is stored here with its ETag (store version + query + parameters + page).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from dkg.service.binding import Term
from dkg.service.routers.canned_answers import CannedContext


def page_route(context: CannedContext) -> type[APIRoute]:
    """The route class of the canned endpoints: a page already sent for the same path and query
    string on this data version is answered before FastAPI parses and validates the
    parameters, which is most of what a hit costs. The same string validates to the same
    values, so the stored page is the one the endpoint would build."""

    class PageRoute(APIRoute):
        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handler = super().get_route_handler()

            async def answer_stored_page(request: Request) -> Response:
                stored = context.pages.get(page_key(request, context.version()))
                if stored is None:
                    return await handler(request)
                etag, body = stored
                if etag_matches(request.headers.get("if-none-match"), etag):
                    return not_modified(etag)
                return page_response(etag, body)

            return answer_stored_page

    return PageRoute


def page_key(request: Request, version: str) -> tuple[str, bytes, str]:
    """The page cache key: the raw path and query string (not the parsed values) and version."""
    return (request.scope["path"], request.scope["query_string"], version)


def page_response(etag: str, body: bytes) -> Response:
    """An encoded page with its ETag; clients must revalidate since the data may change."""
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    return Response(body, media_type="application/json", headers=headers)


def not_modified(etag: str) -> Response:
    """The 304 for a client that already holds the page with this ETag."""
    return Response(status_code=304, headers={"ETag": etag, "Cache-Control": "no-cache"})


def page_etag(version: str, name: str, terms: Mapping[str, Term], limit: int, offset: int) -> str:
    """A strong ETag that changes with the data version, the query, its values and the page."""
    text = "\n".join([version, name, *(f"{k}={v}" for k, v in terms.items()), f"{limit}:{offset}"])
    return '"' + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32] + '"'


def etag_matches(header: str | None, etag: str) -> bool:
    """RFC 9110 weak comparison of If-None-Match against our (strong) ETag."""
    if not header:
        return False
    tags = [tag.strip().removeprefix("W/") for tag in header.split(",")]
    return "*" in tags or etag in tags
