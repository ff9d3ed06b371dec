"""``GET /health``: is the service up, and how busy is its query pool."""

from __future__ import annotations

import os
from typing import Any

from fastapi import APIRouter

from dkg.service.openapi_docs import problems
from dkg.service.runtime import Runtime


def build_router(runtime: Runtime) -> APIRouter:
    """The health route."""
    router = APIRouter(tags=["Service"])

    @router.get(
        "/health",
        summary="Liveness and query-pool state",
        responses={**problems(503)},
    )
    def health() -> dict[str, Any]:
        """``status`` is ``ok`` once the store is open and the query workers are started.

        ``process`` and ``snapshots_opened_by_requests`` tell which serving process of ``dkg
        serve`` answered and how many of its requests had to open a new snapshot themselves
        (none when the owner's notice of every write came first; null in an app whose
        queries run in worker processes)."""
        runner = runtime.runner
        return {
            "status": "ok",
            "version": runtime.version,
            "process": os.getpid(),
            "snapshots_opened_by_requests": runtime.opened_by_requests,
            "workers": runner.live_workers,
            "idle_workers": runner.idle_workers,
            "timed_out_queries": runner.timed_out,
        }

    return router
