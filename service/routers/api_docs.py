"""``GET /docs``: the OpenAPI documentation, served with Swagger UI files from our own host
(FastAPI's default page loads them from a CDN, which fails offline and leaks the visit)."""

from __future__ import annotations

from pathlib import Path

import swagger_ui_bundle  # type: ignore[import-untyped]
from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-assets"


def install_api_docs(app: FastAPI) -> None:
    """Serve ``/docs`` (Swagger UI) and its assets; call with ``docs_url=None`` on the app."""
    router = APIRouter(include_in_schema=False)

    @router.get("/docs")
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title}: API",
            swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
        )

    app.include_router(router)
    app.mount(ASSETS, StaticFiles(directory=Path(swagger_ui_bundle.swagger_ui_path)), "docs-assets")
