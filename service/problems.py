"""The one RFC 9457 ``application/problem+json`` body every error turns into, and the handlers
that make FastAPI's own errors (validation, 404/405, bugs) answer with it too."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dkg.service.errors import InvalidParameter, ServiceError

PROBLEM_MEDIA_TYPE = "application/problem+json"
_PROBLEM_BASE = "https://w3id.org/diplomatic-kg/problems/"

logger = logging.getLogger(__name__)


def problem_response(
    status: int,
    title: str,
    detail: str,
    *,
    slug: str | None = None,
    instance: str | None = None,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> JSONResponse:
    """Build the single error body of the service (RFC 9457)."""
    body: dict[str, Any] = {
        "type": _PROBLEM_BASE + slug if slug else "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _on_service_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ServiceError)  # noqa: S101 - registered for this class only
    return problem_response(
        error.status,
        error.title,
        error.detail,
        slug=error.slug,
        instance=request.url.path,
        headers=error.headers,
    )


def _on_validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)  # noqa: S101 - registered for this class
    problems = []
    for item in error.errors():
        location = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
        problems.append(f"{location}: {item.get('msg', 'invalid value')}")
    return problem_response(
        422,
        InvalidParameter.title,
        "; ".join(problems) or "invalid parameters",
        slug=InvalidParameter.slug,
        instance=request.url.path,
    )


def _on_http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)  # noqa: S101 - registered for this class
    detail = error.detail if isinstance(error.detail, str) else str(error.status_code)
    return problem_response(
        error.status_code,
        detail,
        f"{request.method} {request.url.path}: {detail}",
        instance=request.url.path,
        headers=error.headers,
    )


def _on_unexpected_error(request: Request, error: Exception) -> JSONResponse:
    # Last resort: the bug is logged with its traceback for us, the client gets no internals.
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=error)
    return problem_response(
        500,
        ServiceError.title,
        "the service failed; the error has been logged",
        slug=ServiceError.slug,
        instance=request.url.path,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Make every error, ours or the framework's, answer with the one problem+json body."""
    app.add_exception_handler(ServiceError, _on_service_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_unexpected_error)
