"""``POST /api/documents``: ingest documents while the service runs (a second process cannot
open the store for writing). The ingest function itself comes from the composition root (the
``dkg`` command line hands over ``dkg.cli.ingest.ingest_paths``); the service only saves the
upload to a temporary folder, calls it under the write lock and reports each document's fate.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, Protocol

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from dkg.service.access import require_update_token
from dkg.service.errors import (
    InvalidParameter,
    MethodNotAllowed,
    UnsupportedMediaType,
)
from dkg.service.openapi_docs import problems
from dkg.service.problems import problem_response
from dkg.service.runtime import Runtime
from dkg.service.store.base import Store

_NAME: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


class StoredDocument(Protocol):
    """A document the ingest stored."""

    @property
    def name(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def triples(self) -> int: ...


class RejectedDocument(Protocol):
    """A document the ingest refused, with the reason."""

    @property
    def source(self) -> str: ...
    @property
    def message(self) -> str: ...


class IngestReport(Protocol):
    """What an ingest run did."""

    @property
    def stored(self) -> Sequence[StoredDocument]: ...
    @property
    def rejected(self) -> Sequence[RejectedDocument]: ...


class IngestFunction(Protocol):
    """``dkg.cli.ingest.ingest_paths``: ingest files into the store, one graph per document."""

    def __call__(
        self, store: Store, paths: Sequence[Path], *, default_date: dt.date | None = None
    ) -> IngestReport: ...


class DocumentText(BaseModel):
    """A document sent as JSON."""

    name: str = Field(
        pattern=_NAME.pattern,
        description="Document name (letters, digits, '.', '_', '-'); re-sending a name "
        "replaces that document's graph",
    )
    text: str = Field(min_length=1, description="The document's text")
    date: dt.date | None = Field(
        default=None, description="Publication date, when the text does not say"
    )


_REQUEST_BODY: Final = {
    "required": True,
    "content": {
        "application/json": {"schema": DocumentText.model_json_schema()},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "file": {
                        "type": "array",
                        "items": {"type": "string", "format": "binary"},
                        "description": "Document files (.txt, .md, .jsonl, .html, .ttl, ...)",
                    },
                    "date": {"type": "string", "format": "date"},
                },
                "required": ["file"],
            }
        },
    },
}
_OUTCOME: Final = {
    "type": "object",
    "properties": {
        "stored": {"type": "array", "items": {"type": "object"}},
        "rejected": {"type": "array", "items": {"type": "object"}},
    },
}


def _outcome(report: IngestReport, names: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    def shown(source: str) -> str:
        return names.get(source, Path(source).name)

    return {
        "stored": [
            {"name": d.name, "source": shown(d.source), "triples": d.triples} for d in report.stored
        ],
        "rejected": [{"source": shown(d.source), "message": d.message} for d in report.rejected],
    }


def build_router(runtime: Runtime, ingest: IngestFunction | None) -> APIRouter:
    """The document upload route (405 when the app was given no ingest function)."""
    settings = runtime.settings
    router = APIRouter(tags=["Documents"])

    @router.post(
        "/api/documents",
        summary="Ingest documents (needs the update token)",
        description="JSON `{name, text, date?}` or a multipart upload of files; each document "
        "is extracted, validated and stored as its own graph, or rejected with a reason.",
        status_code=201,
        responses={
            201: {
                "description": "Documents stored (rejected ones listed too)",
                "content": {"application/json": {"schema": _OUTCOME}},
            },
            **problems(400, 401, 403, 405, 413, 415, 422, 503),
        },
        openapi_extra={"requestBody": _REQUEST_BODY},
    )
    async def upload(request: Request) -> JSONResponse:
        """Save the upload, ingest it, answer with each document's outcome."""
        require_update_token(request, settings)
        if ingest is None:
            raise MethodNotAllowed("this service was started without document ingestion")
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        with tempfile.TemporaryDirectory(prefix="dkg-upload-") as folder:
            paths: list[Path] = []
            names: dict[str, str] = {}
            default_date: dt.date | None = None
            if media_type == "application/json":
                try:
                    document = DocumentText.model_validate_json(await request.body())
                except ValidationError as error:
                    raise InvalidParameter(_messages(error)) from None
                path = Path(folder) / f"{document.name}.txt"
                path.write_text(document.text, encoding="utf-8")
                paths.append(path)
                default_date = document.date
            elif media_type == "multipart/form-data":
                async with request.form() as form:
                    default_date = _form_date(form.get("date"))
                    for upload_file in form.getlist("file"):
                        if not isinstance(upload_file, UploadFile):
                            raise InvalidParameter("file: send files, not text fields")
                        filename = Path(upload_file.filename or "").name
                        if not _NAME.match(filename):
                            raise InvalidParameter(
                                f"file: {filename!r} is not a usable document file name "
                                "(letters, digits, '.', '_', '-')"
                            )
                        path = Path(folder) / filename
                        path.write_bytes(await upload_file.read())
                        paths.append(path)
                        names[str(path)] = filename
                if not paths:
                    raise InvalidParameter("file: upload at least one document file")
            else:
                raise UnsupportedMediaType("send application/json or multipart/form-data")
            report = await run_in_threadpool(
                runtime.writable.write,
                lambda store: ingest(store, paths, default_date=default_date),
            )
            outcome = _outcome(report, names)
        if not outcome["stored"]:
            return problem_response(
                422,
                "No document stored",
                "; ".join(f"{r['source']}: {r['message']}" for r in outcome["rejected"]),
                slug="documents-rejected",
                instance=request.url.path,
                extra=outcome,
            )
        return JSONResponse(outcome, status_code=201)

    return router


def _form_date(raw: object) -> dt.date | None:
    if not isinstance(raw, str) or not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise InvalidParameter(f"date: {raw!r} is not YYYY-MM-DD") from None


def _messages(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in item['loc']) or 'body'}: {item['msg']}"
        for item in error.errors()
    )
