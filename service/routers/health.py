"""``GET /health``: is the service up, and how busy is its query pool."""

from __future__ import annotations

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
        """``status`` is ``ok`` once the store is open and the query workers are started."""
        runner = runtime.runner
        return {
            "status": "ok",
            "version": runtime.version,
            "workers": runner.live_workers,
            "idle_workers": runner.idle_workers,
            "timed_out_queries": runner.timed_out,
        }

    return router
