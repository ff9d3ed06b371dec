"""Fixtures of the service tests: the hand-written sample dataset behind the canned routes."""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence

import pytest
from fastapi import FastAPI
from pyoxigraph import RdfFormat
from pyoxigraph import Store as OxStore

from dkg.service.catalog import CannedQuery, load_catalog
from dkg.service.problems import install_error_handlers
from dkg.service.query_worker import QueryTask, execute
from dkg.service.results import EncodedSolutions, QueryOutcome, SerializedResult
from dkg.service.routers.canned import build_canned_router
from tests.support import REPO

with warnings.catch_warnings():
    # Starlette 1.x asks for the httpx2 package; httpx still works and is what we install.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

SAMPLE_TRIG = REPO / "tests" / "fixtures" / "sample.trig"
QUERIES_DIR = REPO / "queries"


class InProcessRunner:
    """Runs queries the way a query worker does (same ``execute``), in this process.

    The canned routes take any function of the runner's signature; running in-process keeps
    these tests at milliseconds while the app tests cover the worker pool itself.
    """

    def __init__(self, store: OxStore) -> None:
        self.store = store
        self.calls = 0
        self.texts: list[str] = []

    def __call__(
        self,
        sparql: str,
        *,
        timeout_s: float | None = None,
        max_rows: int | None = None,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryOutcome:
        self.calls += 1
        self.texts.append(sparql)
        task = QueryTask(sparql=sparql, snapshot="", max_rows=max_rows)
        outcome = execute(self.store, task)
        assert not isinstance(outcome, SerializedResult)
        # Rows cross the process boundary as TSV in the service: decode them the same way.
        return outcome.decode() if isinstance(outcome, EncodedSolutions) else outcome


@pytest.fixture(scope="session")
def catalog() -> dict[str, CannedQuery]:
    """The project's canned queries."""
    return load_catalog(QUERIES_DIR)


@pytest.fixture
def sample_store() -> OxStore:
    """A fresh in-memory store holding tests/fixtures/sample.trig."""
    store = OxStore()
    store.load(path=str(SAMPLE_TRIG), format=RdfFormat.TRIG)
    return store


@pytest.fixture
def runner(sample_store: OxStore) -> InProcessRunner:
    """The query function the canned routes call, counting its calls."""
    return InProcessRunner(sample_store)


@pytest.fixture
def canned_client(catalog: dict[str, CannedQuery], runner: InProcessRunner) -> Iterator[TestClient]:
    """A client of an app serving only the canned routes over the sample dataset."""
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(build_canned_router(catalog, runner, lambda: "v1", warm=False))
    with TestClient(app) as client:
        yield client
