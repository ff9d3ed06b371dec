"""The app the browser test serves with uvicorn: the full service over the sample dataset."""

from __future__ import annotations

from collections import defaultdict

from fastapi import FastAPI
from pyoxigraph import NamedNode, RdfFormat, Triple, parse

from dkg.service.app import DEFAULT_QUERIES_DIR, create_app
from dkg.service.catalog import load_catalog
from dkg.service.routers.ui import build_ui_router, load_examples
from dkg.service.settings import Settings
from dkg.service.store.embedded import EmbeddedStore
from tests.service.conftest import SAMPLE_TRIG


def build() -> FastAPI:
    """``uvicorn --factory tests.service.browser_app:build``."""
    store = EmbeddedStore(None)
    graphs: dict[NamedNode, list[Triple]] = defaultdict(list)
    for quad in parse(path=str(SAMPLE_TRIG), format=RdfFormat.TRIG):
        assert isinstance(quad.graph_name, NamedNode)
        graphs[quad.graph_name].append(Triple(quad.subject, quad.predicate, quad.object))
    for name, triples in graphs.items():
        store.replace_graph(name, triples)
    app = create_app(Settings(workers=1), store=store)
    if not any(getattr(route, "path", None) == "/" for route in app.routes):
        # Until create_app mounts the page itself, serve it beside the real /sparql.
        catalog = load_catalog(DEFAULT_QUERIES_DIR)
        app.include_router(build_ui_router(load_examples(DEFAULT_QUERIES_DIR, catalog)))
    return app
