"""Limits: a query past its time limit is really stopped (its worker process is killed) and
answered 503 while other requests go on; the row cap is always signalled; oversized requests
get 413; SERVICE only reaches allow-listed endpoints and LOAD is refused."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvloop
from fastapi.testclient import TestClient

from dkg.service.app import create_app
from dkg.service.dataset import ServedDataset
from dkg.service.errors import QueryTimeout, StoreUnavailable
from dkg.service.query_runner import QueryRunner
from dkg.service.store.embedded import EmbeddedStore
from tests.service.protocol.conftest import (
    CHEAP,
    ENDLESS,
    RunningServer,
    load_sample,
    make_settings,
)


def process_ends(pid: int, within_s: float) -> bool:
    """Whether process ``pid`` is gone (killed and reaped) within ``within_s`` seconds."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def client_for(tmp_path: Path, **settings: object) -> TestClient:
    store = EmbeddedStore()
    load_sample(store)
    return TestClient(create_app(make_settings(tmp_path, **settings), store=store))


@contextmanager
def one_worker(tmp_path: Path, *, timeout_s: float, max_rows: int = 100) -> Iterator[QueryRunner]:
    """A started pool of one query worker on the sample's snapshots, closed on the way out."""
    store = EmbeddedStore()
    load_sample(store)
    dataset = ServedDataset(store, tmp_path / "snapshots", query_timeout_s=30)
    runner = QueryRunner(dataset, workers=1, timeout_s=timeout_s, max_rows=max_rows)
    runner.start()
    try:
        yield runner
    finally:
        runner.close()
        dataset.close()


@pytest.mark.slow
def test_limits_timeout_under_concurrent_load(tmp_path: Path) -> None:
    """Two endless queries time out with 503 + Retry-After while four clients keep getting
    answers, and the pool is whole again afterwards."""
    store = EmbeddedStore()
    load_sample(store)
    settings = make_settings(tmp_path, workers=3, query_timeout_s=1.5)
    slow: list[tuple[int, float, httpx.Headers, dict[str, object]]] = []
    fast: list[tuple[int, float]] = []
    done = threading.Event()

    with RunningServer(create_app(settings, store=store)) as server:

        def endless() -> None:
            started = time.monotonic()
            response = httpx.get(f"{server.url}/sparql", params={"query": ENDLESS}, timeout=60)
            slow.append(
                (
                    response.status_code,
                    time.monotonic() - started,
                    response.headers,
                    response.json(),
                )
            )

        def cheap() -> None:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                while not done.is_set():
                    started = time.monotonic()
                    response = client.get("/sparql", params={"query": CHEAP})
                    fast.append((response.status_code, time.monotonic() - started))

        slow_threads = [threading.Thread(target=endless) for _ in range(2)]
        fast_threads = [threading.Thread(target=cheap) for _ in range(4)]
        for thread in fast_threads + slow_threads:
            thread.start()
        for thread in slow_threads:
            thread.join(timeout=60)
        time.sleep(0.5)  # keep the cheap clients going while replacements start
        done.set()
        for thread in fast_threads:
            thread.join(timeout=60)

        assert len(slow) == 2
        for status, elapsed, headers, problem in slow:
            assert status == 503
            assert headers["retry-after"] == "7"
            assert problem["title"] == "Query timed out"
            assert 1.4 < elapsed < 1.5 + 5  # stopped at the limit, not when the query ended
        assert len(fast) >= 20
        assert {status for status, _ in fast} == {200}
        assert max(elapsed for _, elapsed in fast) < 1.5  # never stuck behind a slow query

        deadline = time.monotonic() + 60
        while True:
            health = httpx.get(f"{server.url}/health").json()
            if health["idle_workers"] == 3 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert health["workers"] == 3 and health["idle_workers"] == 3
        assert health["timed_out_queries"] == 2
        assert httpx.get(f"{server.url}/sparql", params={"query": CHEAP}).status_code == 200


@pytest.mark.slow
def test_limits_timeout_kills_the_worker_process(tmp_path: Path) -> None:
    with one_worker(tmp_path, timeout_s=1.0) as runner:
        [pid] = runner.worker_pids
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            runner.run(ENDLESS)
        assert time.monotonic() - started < 3
        assert process_ends(pid, within_s=5)  # the process doing the work is gone
        assert bool(runner.run(CHEAP, timeout_s=60))  # waits for the replacement worker
        assert runner.worker_pids != [pid]


def test_limits_row_cap_is_signalled(tmp_path: Path) -> None:
    with client_for(tmp_path, max_result_rows=5) as client:
        response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert response.status_code == 200
        assert response.headers["result-truncated"] == "true"
        assert response.headers["result-row-limit"] == "5"
        body = response.json()
        assert body["truncated"] is True
        assert len(body["results"]["bindings"]) == 5

        csv = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o }", "format": "csv"})
        assert csv.headers["result-truncated"] == "true"
        assert len(csv.text.strip().splitlines()) == 1 + 5

        graph = client.get(
            "/sparql",
            params={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "ntriples"},
        )
        assert graph.headers["result-truncated"] == "true"
        assert len(graph.text.strip().splitlines()) == 5

        small = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o } LIMIT 5"})
        assert small.headers["result-truncated"] == "false"
        assert "truncated" not in small.json()


def test_limits_request_size_cap(tmp_path: Path) -> None:
    padding = "#" + "x" * 3000 + "\nASK {}"
    with client_for(tmp_path, max_request_bytes=2000) as client:
        small = client.post(
            "/sparql", content=b"ASK {}", headers={"Content-Type": "application/sparql-query"}
        )
        assert small.status_code == 200
        declared = client.post(
            "/sparql", content=padding, headers={"Content-Type": "application/sparql-query"}
        )
        assert declared.status_code == 413
        assert declared.json()["title"] == "Request too large"

        def chunks() -> Iterator[bytes]:
            for _ in range(10):
                yield b"#" + b"x" * 500 + b"\n"
            yield b"ASK {}"

        streamed = client.post(
            "/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"}
        )
        assert streamed.status_code == 413
        assert client.get("/sparql", params={"query": padding}).status_code == 413


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://example.org/sparql> { ?s ?p ?o } }",
        "PREFIX ex: <http://example.org/> SELECT * WHERE { SERVICE ex:sparql { ?s ?p ?o } }",
        "SELECT * WHERE { BIND(<http://example.org/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o # SERVICE hidden?\n SERVICE <http://example.org/x> {} }",
    ],
)
def test_limits_service_refused_unless_allowed(shared_client: TestClient, query: str) -> None:
    response = shared_client.get("/sparql", params={"query": query})
    assert response.status_code == 400
    assert response.json()["title"] == "Operation refused"
    assert "SERVICE" in response.json()["detail"]


def test_limits_service_word_in_data_is_not_refused(shared_client: TestClient) -> None:
    query = 'SELECT * WHERE { ?s ?p "SERVICE <http://example.org/sparql> {}" }  # SERVICE'
    assert shared_client.get("/sparql", params={"query": query}).status_code == 200


@pytest.mark.slow
def test_limits_silent_allowed_endpoint_is_cut_by_the_timeout(tmp_path: Path) -> None:
    """An allow-listed endpoint that accepts the connection and never answers (pyoxigraph's
    SERVICE client has no timeout of its own) still costs at most the query time limit."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        endpoint = f"http://127.0.0.1:{silent.getsockname()[1]}/sparql"
        query = f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"
        with client_for(tmp_path, service_allowlist=[endpoint], query_timeout_s=1.0) as client:
            started = time.monotonic()
            response = client.get("/sparql", params={"query": query})
            assert response.status_code == 503
            assert time.monotonic() - started < 4


def test_limits_load_is_refused(shared_client: TestClient, auth: dict[str, str]) -> None:
    response = shared_client.post(
        "/sparql",
        content=b"LOAD <http://example.org/data.ttl> INTO GRAPH <http://example.org/g>",
        headers={**auth, "Content-Type": "application/sparql-update"},
    )
    assert response.status_code == 400
    assert "LOAD is refused" in response.json()["detail"]


@pytest.mark.slow
def test_limits_worker_crash_is_a_503_and_the_pool_recovers(tmp_path: Path) -> None:
    with one_worker(tmp_path, timeout_s=30) as runner:
        [pid] = runner.worker_pids
        threading.Timer(0.5, os.kill, (pid, signal.SIGKILL)).start()
        with pytest.raises(StoreUnavailable) as raised:
            runner.run(ENDLESS)
        assert not isinstance(raised.value, QueryTimeout)
        assert "stopped unexpectedly" in raised.value.detail
        assert bool(runner.run(CHEAP, timeout_s=60))


@pytest.mark.slow
def test_limits_waiting_for_a_busy_pool_counts_against_the_limit(tmp_path: Path) -> None:
    with one_worker(tmp_path, timeout_s=2.0) as runner:
        outcomes: list[str] = []

        def block() -> None:
            try:
                runner.run(ENDLESS)
            except QueryTimeout:
                outcomes.append("timeout")

        blocker = threading.Thread(target=block)
        blocker.start()
        time.sleep(0.3)
        started = time.monotonic()
        with pytest.raises(QueryTimeout) as raised:
            runner.run(CHEAP, timeout_s=0.5)
        assert time.monotonic() - started < 1.5
        assert "busy" in raised.value.detail
        blocker.join()
        assert outcomes == ["timeout"]


def test_limits_queued_async_queries_run_in_arrival_order_without_threads(
    tmp_path: Path,
) -> None:
    """With one worker, six concurrent /sparql-style queries queue on the event loop (no thread
    per waiting request) and are answered first come, first served; a waiter that is cancelled
    meanwhile does not take the worker with it."""
    with one_worker(tmp_path, timeout_s=30) as runner:

        async def scenario() -> tuple[list[int], int, int, bytes]:
            finished: list[int] = []

            async def ask(number: int) -> None:
                result = await runner.run_serialized_async(
                    f"SELECT ({number} AS ?n) WHERE {{ ?s ?p ?o }} LIMIT 1",
                    solutions_format="csv",
                    graph_format=None,
                )
                assert result.body.split()[-1] == str(number).encode()
                finished.append(number)

            threads_before = threading.active_count()
            tasks = [asyncio.create_task(ask(number)) for number in range(6)]
            abandoned = asyncio.create_task(ask(99))
            await asyncio.sleep(0)  # every task has queued
            threads_waiting = threading.active_count()
            abandoned.cancel()
            await asyncio.gather(*tasks)
            last = await runner.run_serialized_async(
                "ASK {}", solutions_format="json", graph_format=None, timeout_s=5
            )
            return finished, threads_before, threads_waiting, last.body

        finished, threads_before, threads_waiting, last = asyncio.run(scenario())
    assert finished == [0, 1, 2, 3, 4, 5]
    assert threads_waiting == threads_before
    assert b"true" in last  # the cancelled waiter gave the worker back


def test_limits_a_worker_serves_sync_callers_after_async_ones(tmp_path: Path) -> None:
    """The canned endpoints (threads) and /sparql (event loop) share the workers: a large answer
    read in a thread must not fail because the loop (uvloop makes a watched descriptor
    non-blocking) used the same worker just before."""
    with one_worker(tmp_path, timeout_s=30, max_rows=5000) as runner:
        everything = "SELECT * WHERE { ?s ?p ?o }"

        async def through_the_loop() -> int:
            result = await runner.run_serialized_async(
                everything, solutions_format="json", graph_format=None
            )
            return len(json.loads(result.body)["results"]["bindings"])

        for _ in range(5):
            rows = uvloop.run(through_the_loop())
            assert len(runner.run(everything)) == rows > 100
