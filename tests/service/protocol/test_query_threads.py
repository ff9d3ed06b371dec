"""A serving process's query threads: answers, the time limit (503 and retiring the process),
and a query that never got a thread (dropped, the process stays)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dkg.service.dataset import ServedDataset
from dkg.service.errors import QueryTimeout
from dkg.service.query_threads import ThreadQueryRunner
from dkg.service.snapshot_reader import SnapshotReader
from dkg.service.store.embedded import EmbeddedStore
from tests.service.protocol.conftest import load_sample

VISITS = "SELECT ?v WHERE { ?v a <https://w3id.org/diplomatic-kg/ontology#Visit> }"
# About a second on the sample data, several times the limit below, and bounded: a query
# thread cannot be stopped, and an endless one would burn a core for the rest of the tests.
SLOW = "SELECT (COUNT(*) AS ?n) { SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 1000000 }"
LIMIT_S = 0.2


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[SnapshotReader]:
    """The newest snapshot of an on-disk store holding the sample dataset."""
    store = EmbeddedStore(tmp_path / "store")
    load_sample(store)
    dataset = ServedDataset(store, tmp_path / "snapshots", query_timeout_s=LIMIT_S)
    reader = SnapshotReader(tmp_path / "snapshots")
    yield reader
    reader.close()
    dataset.close()
    store.close()


def runner_of(reader: SnapshotReader, retired: threading.Event, threads: int) -> ThreadQueryRunner:
    return ThreadQueryRunner(
        reader,
        threads=threads,
        timeout_s=LIMIT_S,
        max_rows=1000,
        on_timeout=retired.set,
        retry_after_s=7,
    )


def finish(runner: ThreadQueryRunner) -> None:
    """Let the slow query end (it cannot be stopped) before its store is closed."""
    deadline = time.monotonic() + 30
    while runner.idle_workers < runner.live_workers and time.monotonic() < deadline:
        time.sleep(0.05)
    runner.close()


def test_query_threads_answer_in_the_asked_format(reader: SnapshotReader) -> None:
    runner = runner_of(reader, threading.Event(), threads=2)
    try:
        result = asyncio.run(
            runner.run_serialized_async(VISITS, solutions_format="json", graph_format=None)
        )
        rows = runner.run(VISITS)
    finally:
        runner.close()
    assert result.media_type == "application/sparql-results+json"
    assert len(json.loads(result.body)["results"]["bindings"]) == len(rows) > 0
    assert runner.idle_workers == 2


def test_query_threads_past_the_limit_answer_503_and_retire(reader: SnapshotReader) -> None:
    retired = threading.Event()
    runner = runner_of(reader, retired, threads=2)
    try:
        with pytest.raises(QueryTimeout) as raised:
            asyncio.run(
                runner.run_serialized_async(SLOW, solutions_format="json", graph_format=None)
            )
        assert raised.value.headers["Retry-After"] == "7"
        assert "ran longer than 0.2 s" in raised.value.detail
        assert retired.is_set()
        assert runner.timed_out == 1
        # the other thread still answers while the slow query runs on
        assert runner.run(VISITS)
    finally:
        finish(runner)


def test_query_threads_a_query_that_never_started_is_dropped(reader: SnapshotReader) -> None:
    """With every thread busy past the limit, a waiting query fails alone: it never ran, so
    it does not retire the process, and it does not run later for nobody."""
    retired = threading.Event()
    runner = runner_of(reader, retired, threads=1)
    try:
        slow_errors: list[Exception] = []

        def slow() -> None:
            try:
                runner.run(SLOW)
            except QueryTimeout as error:
                slow_errors.append(error)

        busy = threading.Thread(target=slow)
        busy.start()
        time.sleep(0.05)  # the slow query holds the only thread
        with pytest.raises(QueryTimeout) as raised:
            asyncio.run(
                runner.run_serialized_async(VISITS, solutions_format="json", graph_format=None)
            )
        busy.join()
        assert "every query thread stayed busy" in raised.value.detail
        assert len(slow_errors) == 1
        assert runner.timed_out == 1  # the slow query's, not the dropped one's
        assert retired.is_set()
    finally:
        finish(runner)
