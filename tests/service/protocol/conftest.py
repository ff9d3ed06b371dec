"""Fixtures of the protocol tests: the whole app (query worker processes included) over a real
in-memory store holding the hand-written sample dataset, and a real server for client tests."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pyoxigraph import NamedNode, RdfFormat, Triple, parse

from dkg.service.app import create_app
from dkg.service.settings import Settings
from dkg.service.store.embedded import EmbeddedStore
from tests.service.conftest import SAMPLE_TRIG
from tests.support import free_port

TOKEN = "test-update-token"  # noqa: S105 - a test value
# Five copies of every triple of the sample: ~10^10 combinations, hours of work for the store.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
CHEAP = "ASK { ?s a <https://w3id.org/diplomatic-kg/ontology#Visit> }"


def load_sample(store: EmbeddedStore) -> None:
    """Put every graph of the sample dataset into ``store``, one document graph at a time."""
    graphs: dict[NamedNode, list[Triple]] = defaultdict(list)
    for quad in parse(path=str(SAMPLE_TRIG), format=RdfFormat.TRIG):
        assert isinstance(quad.graph_name, NamedNode)
        graphs[quad.graph_name].append(Triple(quad.subject, quad.predicate, quad.object))
    for name, triples in graphs.items():
        store.replace_graph(name, triples)


def make_settings(tmp: Path, **overrides: object) -> Settings:
    """Small, fast settings for tests: two workers, a short timeout, the update token set."""
    values: dict[str, object] = {
        "workers": 2,
        "query_timeout_s": 10.0,
        "max_result_rows": 1000,
        "update_token": TOKEN,
        "snapshot_dir": tmp / "snapshots",
        "retry_after_s": 7,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def sample_store() -> EmbeddedStore:
    """A fresh in-memory store holding the sample dataset."""
    store = EmbeddedStore()
    load_sample(store)
    return store


@pytest.fixture(scope="module")
def shared_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One running app per test module, for tests that only read."""
    store = EmbeddedStore()
    load_sample(store)
    settings = make_settings(tmp_path_factory.mktemp("service"))
    with TestClient(create_app(settings, store=store)) as client:
        yield client


@pytest.fixture
def auth() -> dict[str, str]:
    """The header that lets a request write."""
    return {"Authorization": f"Bearer {TOKEN}"}


class RunningServer:
    """A uvicorn server in a thread, bound to 127.0.0.1 on a free port."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> RunningServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """The whole service on a real socket, for real SPARQL clients."""
    store = EmbeddedStore()
    load_sample(store)
    settings = make_settings(tmp_path_factory.mktemp("live"))
    with RunningServer(create_app(settings, store=store)) as server:
        yield server
