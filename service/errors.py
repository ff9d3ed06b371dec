"""Every error the service reports, and the one RFC 9457 ``application/problem+json`` body
they all turn into (no stack trace ever reaches a client). The classes import nothing of the web
framework, so the store and the CLI can raise them without paying FastAPI's start-up; the body
and the handlers that write it live in :mod:`dkg.service.problems`.

Errors::

    ServiceError                      500
    ├── BadRequest                    400  a protocol rule was broken (two queries, GET update...)
    │   ├── MalformedQuery            400  the SPARQL parser's message
    │   ├── QueryFailed               400  the query parsed but could not be evaluated
    │   └── OperationRefused          400  SERVICE to an endpoint not allow-listed, LOAD
    ├── Unauthorized                  401  an update without a bearer token
    ├── Forbidden                     403  a wrong token, or updates disabled
    ├── NotFound                      404
    │   └── QueryNotFound             404  no canned query of that name
    ├── MethodNotAllowed              405
    ├── NotAcceptable                 406  no representation matches Accept / format=
    ├── PayloadTooLarge               413
    ├── UnsupportedMediaType          415
    ├── InvalidParameter              422
    └── StoreUnavailable              503  (with Retry-After)
        └── QueryTimeout              503  the query ran past its limit and was stopped
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar


class ServiceError(Exception):
    """Base of all errors the service answers with; ``detail`` tells the user what to do."""

    status: ClassVar[int] = 500
    slug: ClassVar[str] = "internal-error"
    title: ClassVar[str] = "Internal error"

    def __init__(self, detail: str, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers: dict[str, str] = dict(headers or {})


class BadRequest(ServiceError):
    """The request breaks a rule of the SPARQL 1.1 Protocol or of this API."""

    status = 400
    slug = "bad-request"
    title = "Bad request"


class MalformedQuery(BadRequest):
    """The SPARQL text does not parse; the detail is the parser's message."""

    slug = "malformed-query"
    title = "Malformed query"


class QueryFailed(BadRequest):
    """The query parsed but its evaluation failed (for example a SERVICE call failed)."""

    slug = "query-failed"
    title = "Query evaluation failed"


class OperationRefused(BadRequest):
    """The query asks for something this service does not do (SERVICE elsewhere, LOAD)."""

    slug = "operation-refused"
    title = "Operation refused"


class Unauthorized(ServiceError):
    """A write came without ``Authorization: Bearer <token>``."""

    status = 401
    slug = "unauthorized"
    title = "Authentication required"


class Forbidden(ServiceError):
    """A write came with a wrong token, or writes are disabled on this service."""

    status = 403
    slug = "forbidden"
    title = "Forbidden"


class NotFound(ServiceError):
    """Nothing lives at this path."""

    status = 404
    slug = "not-found"
    title = "Not found"


class QueryNotFound(NotFound):
    """No canned query has this name."""

    slug = "query-not-found"
    title = "Query not found"


class MethodNotAllowed(ServiceError):
    """The path exists but not for this HTTP method."""

    status = 405
    slug = "method-not-allowed"
    title = "Method not allowed"


class NotAcceptable(ServiceError):
    """No representation we can produce matches the Accept header or ``format=``."""

    status = 406
    slug = "not-acceptable"
    title = "Not acceptable"


class PayloadTooLarge(ServiceError):
    """The request body or query string is over ``max_request_bytes``."""

    status = 413
    slug = "payload-too-large"
    title = "Request too large"


class UnsupportedMediaType(ServiceError):
    """The request body has a Content-Type this endpoint does not read."""

    status = 415
    slug = "unsupported-media-type"
    title = "Unsupported media type"


class InvalidParameter(ServiceError):
    """A parameter has a value of the wrong type or shape."""

    status = 422
    slug = "invalid-parameter"
    title = "Invalid parameter"


class StoreUnavailable(ServiceError):
    """The store cannot answer now; try again after Retry-After seconds."""

    status = 503
    slug = "store-unavailable"
    title = "Store unavailable"


class QueryTimeout(StoreUnavailable):
    """The query ran past its time limit and its worker was stopped."""

    slug = "query-timeout"
    title = "Query timed out"
