"""The query page at ``/`` and the ontology reference at ``/ontology``.

The page works with no internet: its script, style and example queries are served from here,
and it requests nothing from any other host. It runs SPARQL through ``/sparql`` (JSON results
shown as a table) and offers the same query as CSV and JSON downloads (``/sparql?format=``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Final

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from dkg.service.catalog import CannedQuery, parse_query_file

STATIC_DIR: Final = Path(str(resources.files("dkg.service").joinpath("static")))


@dataclass(frozen=True)
class Example:
    """One example query offered in the page's menu."""

    name: str
    summary: str
    sparql: str


def load_examples(queries_dir: Path, catalog: Mapping[str, CannedQuery]) -> list[Example]:
    """The researcher-style queries of ``queries_dir/examples`` then the canned ones.

    A canned query runs as plain SPARQL too: with no VALUES block its parameters are unbound
    and every ``FILTER(!BOUND(?param) || ...)`` lets everything through.

    Raises:
        CatalogError: an example file has no valid ``#+ summary`` header.
    """
    examples = []
    for path in sorted((queries_dir / "examples").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        parsed = parse_query_file(path.stem, text, path)
        examples.append(Example(path.stem, parsed.summary, _body(text)))
    for query in catalog.values():
        examples.append(
            Example(query.name, f"/api/{query.name}: {query.summary}", _body(query.sparql))
        )
    return examples


def _body(text: str) -> str:
    """The query without its ``#+`` header (comments that explain it stay)."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("#+")).strip()


def build_ui_router(examples: list[Example]) -> APIRouter:
    """``GET /`` (the query page), ``GET /ontology`` and the ``/static`` files."""
    router = APIRouter(include_in_schema=False)
    template = Template((STATIC_DIR / "index.html").read_text(encoding="utf-8"))
    data = json.dumps([e.__dict__ for e in examples]).replace("</", "<\\/")
    page = template.substitute(examples=data)

    def query_page() -> HTMLResponse:
        return HTMLResponse(page)

    def ontology_page() -> HTMLResponse:
        return HTMLResponse(_ontology_html())

    router.add_api_route("/", query_page, methods=["GET"])
    router.add_api_route("/query", query_page, methods=["GET"])
    router.add_api_route("/ontology", ontology_page, methods=["GET"])
    router.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return router


def _ontology_html() -> str:
    # Imported on request: the ontology package renders from its Turtle files.
    from dkg.ontology.docs import render_html

    return render_html()
