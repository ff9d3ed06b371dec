"""The app the browser test serves with uvicorn: the full service over the sample dataset."""

from __future__ import annotations

from collections import defaultdict

from fastapi import FastAPI
from pyoxigraph import NamedNode, RdfFormat, Triple, parse

from dkg.service.app import create_app
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
    return create_app(Settings(workers=1), store=store)
