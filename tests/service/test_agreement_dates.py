"""A researcher filters agreements by date: what a loaded document signs is found by its day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from pyoxigraph import Quad
from pyoxigraph import Store as OxStore

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.emit import RdfEmitter
from dkg.service.catalog import CannedQuery
from dkg.service.problems import install_error_handlers
from dkg.service.routers.canned import build_canned_router
from tests.service.conftest import InProcessRunner, TestClient

TEXT = (
    "Lima, 20 June 2024. Chilean President Gabriel Boric held talks with Peruvian President "
    "Dina Boluarte on Tuesday, 18 June, and the two governments then signed twelve agreements "
    "on mining and fisheries."
)


@pytest.fixture
def loaded_client(catalog: dict[str, CannedQuery]) -> Iterator[TestClient]:
    """The canned routes over a store holding what the loaders read from ``TEXT``."""
    document = default_pipeline()(Document("lima-talks", "lima-talks", TEXT))
    graph = RdfEmitter()(document)
    store = OxStore()
    store.extend(Quad(t.subject, t.predicate, t.object, graph.graph_name) for t in graph.triples)
    app = FastAPI()
    install_error_handlers(app)
    router = build_canned_router(catalog, InProcessRunner(store), lambda: "v1", warm=False)
    app.include_router(router)
    with TestClient(app) as client:
        yield client


def test_agreement_dates_a_loaded_signing_is_found_from_its_year(
    loaded_client: TestClient,
) -> None:
    items = loaded_client.get("/api/agreements", params={"from": "2024"}).json()["items"]
    assert [(a["count"], a["date"]) for a in items] == [(12, "2024-06-18")]  # the talks' Tuesday
    earlier = loaded_client.get("/api/agreements", params={"to": "2023"}).json()["items"]
    assert earlier == []
