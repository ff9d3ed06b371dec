"""The application factories: the same routes over two ways of holding the data.

- :func:`create_app`: the app owns the store and is its only writer; every query runs in a pool
  of worker processes that read read-only snapshots of the store, and a query past its time
  limit has its worker killed (:mod:`dkg.service.query_runner`, :mod:`dkg.service.dataset`).
  Tests and embedders use it alone; ``dkg serve`` runs it as the *owner*, which answers only
  the writes the serving processes forward to it on a Unix socket.
- :func:`create_serving_app`: a serving process of ``dkg serve`` (several share the listening
  socket, :mod:`dkg.service.serving_supervisor`): it reads the newest snapshot, runs queries in
  its own threads (:mod:`dkg.service.query_threads`) and forwards writes to the owner
  (:mod:`dkg.service.write_forwarding`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp

import dkg.queries
from dkg.service.catalog import load_catalog
from dkg.service.dataset import ServedDataset
from dkg.service.direct_paths import DirectPathApp
from dkg.service.limits import RequestSizeLimit
from dkg.service.problems import install_error_handlers
from dkg.service.query_runner import QueryRunner
from dkg.service.query_threads import THREADS, ThreadQueryRunner
from dkg.service.routers import dataset as dataset_routes
from dkg.service.routers import documents, graph_store, health, sparql
from dkg.service.routers.api_docs import install_api_docs
from dkg.service.routers.canned import build_canned_router
from dkg.service.routers.documents import IngestFunction
from dkg.service.routers.entities import build_entities_router
from dkg.service.routers.sparql_queries import LeanQueries
from dkg.service.routers.ui import build_ui_router, load_examples
from dkg.service.runtime import Runtime
from dkg.service.settings import Settings
from dkg.service.snapshot_reader import SnapshotReader
from dkg.service.store.base import Store
from dkg.service.store.embedded import EmbeddedStore
from dkg.service.write_forwarding import WriteForwarder

DEFAULT_QUERIES_DIR = Path(dkg.queries.__file__).resolve().parent


def create_app(
    settings: Settings | None = None,
    *,
    store: Store | None = None,
    ingest: IngestFunction | None = None,
    keep_canned_warm: bool = False,
    await_readers: Callable[[], None] | None = None,
) -> FastAPI:
    """Build the service over a store it owns.

    The lifespan opens an :class:`EmbeddedStore` at ``settings.store_path`` (in memory when
    unset) unless ``store`` is given (then the caller keeps ownership and closes it), publishes
    the first snapshot and starts the query workers. ``ingest`` enables ``POST /api/documents``.
    ``keep_canned_warm`` precomputes the unfiltered canned answers at start and after every
    write (the owner of ``dkg serve``, whose serving processes read them from the snapshot).
    ``await_readers`` is called after each write has published its snapshot, before the write
    is acknowledged: the owner of ``dkg serve`` waits there for its serving processes to open
    it (:attr:`~dkg.service.dataset.ServedDataset.await_readers`).

    Raises:
        CatalogError: a canned query file is invalid (at construction, not at first request).
    """
    settings = settings or Settings()
    runtime = Runtime(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        opened = store if store is not None else EmbeddedStore(settings.store_path)
        dataset = await run_in_threadpool(
            ServedDataset, opened, settings.snapshot_dir, query_timeout_s=settings.query_timeout_s
        )
        runner = QueryRunner(
            dataset,
            workers=settings.workers,
            timeout_s=settings.query_timeout_s,
            max_rows=settings.max_result_rows,
            service_allowlist=settings.service_allowlist,
            retry_after_s=settings.retry_after_s,
        )
        try:
            await run_in_threadpool(runner.start)
            runtime.attach(dataset, runner)
            dataset.await_readers = await_readers
            if keep_canned_warm:
                runtime.keep_canned_warm()
            yield
        finally:
            runtime.detach()
            await run_in_threadpool(runner.close)
            dataset.close()
            if store is None and isinstance(opened, EmbeddedStore):
                opened.close()

    return _assemble(runtime, lifespan, ingest, writer_socket=None, warm_canned=True)


def create_serving_app(
    settings: Settings,
    *,
    snapshot_dir: Path,
    writer_socket: Path,
    on_timeout: Callable[[], None],
    on_ready: Callable[[Callable[[], None]], None] | None = None,
) -> FastAPI:
    """Build a serving process's app: queries on the newest snapshot in ``snapshot_dir`` (in
    threads), writes forwarded to the owner's app on ``writer_socket``.

    ``on_timeout`` is called when a query runs past the limit: the process must then retire
    (see :mod:`dkg.service.query_threads`). ``on_ready`` is given, once the app serves, the
    function that opens the newest snapshot and maps what the owner filed in it, for a
    process told of each write (:mod:`dkg.service.snapshot_notices`).

    Raises:
        CatalogError: a canned query file is invalid.
    """
    runtime = Runtime(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        reader = await run_in_threadpool(SnapshotReader, snapshot_dir)
        runner = ThreadQueryRunner(
            reader,
            threads=THREADS,
            timeout_s=settings.query_timeout_s,
            max_rows=settings.max_result_rows,
            on_timeout=on_timeout,
            service_allowlist=settings.service_allowlist,
            retry_after_s=settings.retry_after_s,
        )
        runtime.attach(reader, runner)
        if on_ready is not None:
            on_ready(runtime.open_published)
        try:
            yield
        finally:
            runtime.detach()
            runner.close()
            reader.close()

    # The owner precomputes the unfiltered canned answers in its query worker: warming here
    # ran in threads sharing the interpreter lock with the requests (seconds after a write).
    return _assemble(runtime, lifespan, None, writer_socket=writer_socket, warm_canned=False)


def _cross_origin(app: ASGIApp) -> CORSMiddleware:
    """The CORS rule of every route, around ``app``: web pages on any origin may read the
    answers, the row-cap headers included (the lean /sparql endpoint adds the same headers)."""
    return CORSMiddleware(
        app,
        allow_origins=["*"],
        allow_methods=["GET", "POST"],
        allow_headers=["Accept", "Content-Type"],
        expose_headers=["Result-Truncated", "Result-Row-Limit", "Retry-After", "ETag"],
    )


def _assemble(
    runtime: Runtime,
    lifespan: Callable[[FastAPI], AbstractAsyncContextManager[None]],
    ingest: IngestFunction | None,
    *,
    writer_socket: Path | None,
    warm_canned: bool,
) -> FastAPI:
    """The routes and middleware both apps share, over ``runtime`` (a serving app has no
    ``ingest``: its uploads are forwarded to the owner before they reach the route)."""
    settings = runtime.settings
    queries_dir = settings.queries_dir or DEFAULT_QUERIES_DIR
    catalog = load_catalog(queries_dir)
    app = DirectPathApp(
        title="Diplomatic knowledge graph",
        version="0.1.0",
        description="Visits, meetings, agreements and figures read from diplomatic news, "
        "as RDF: a SPARQL 1.1 endpoint, REST endpoints generated from canned queries, and "
        "linked-data pages for every entity.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    install_error_handlers(app)
    if writer_socket is not None:  # innermost of the middleware: inside the size cap and CORS
        app.add_middleware(WriteForwarder, socket_path=writer_socket)
    app.add_middleware(RequestSizeLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(_cross_origin)
    sparql_queries = LeanQueries(runtime, _cross_origin(app).simple_headers)
    sparql_endpoint = sparql.build_endpoint(runtime, sparql_queries)
    app.include_router(sparql.build_router(sparql_endpoint))
    app.add_direct_path("/sparql", {"GET", "HEAD", "POST"}, sparql_endpoint, sparql_queries)
    app.include_router(graph_store.build_router(runtime))
    app.include_router(dataset_routes.build_router(runtime))
    app.include_router(documents.build_router(runtime, ingest))

    app.include_router(
        build_canned_router(
            catalog,
            runtime.run_query,
            lambda: runtime.version,
            warm=warm_canned,
            spare_worker=lambda: runtime.runner.can_spare(),
            on_warm=runtime.set_warm_canned,
            shared=runtime.shared_answers,
        )
    )
    app.include_router(build_entities_router(catalog, runtime.run_query))
    app.include_router(build_ui_router(load_examples(queries_dir, catalog)))
    app.include_router(health.build_router(runtime))
    install_api_docs(app)
    return app
