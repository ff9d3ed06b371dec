"""Canned answers computed once and shared by the serving processes (and paged from bytes)."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from pyoxigraph import Store as OxStore

from dkg.service.app import create_app
from dkg.service.catalog import CannedQuery
from dkg.service.encoded_items import EncodedItems
from dkg.service.results import QueryOutcome
from dkg.service.routers.canned import build_canned_router
from dkg.service.routers.canned_answers import by_keys, by_table
from dkg.service.routers.canned_pages import page_etag
from dkg.service.runtime import WARMING_NICENESS
from dkg.service.shared_answers import ANSWERS, SharedAnswers
from dkg.service.store.embedded import EmbeddedStore
from tests.service.conftest import InProcessRunner, TestClient
from tests.service.protocol.conftest import TOKEN, load_sample, make_settings

DIP = "https://w3id.org/diplomatic-kg/ontology#"


def serving_app(
    catalog: dict[str, CannedQuery], runner: InProcessRunner, snapshots: Path
) -> FastAPI:
    """One serving process's canned routes, sharing answers in ``snapshots/<version>``."""
    app = FastAPI()
    router = build_canned_router(
        catalog,
        runner,
        lambda: "v1",
        warm=False,
        shared=lambda version: SharedAnswers(snapshots / version, wait_s=5),
    )
    app.include_router(router)
    return app


def test_shared_answers_a_sibling_process_answers_without_running_the_query(
    catalog: dict[str, CannedQuery], runner: InProcessRunner, tmp_path: Path
) -> None:
    (tmp_path / "v1").mkdir()
    with TestClient(serving_app(catalog, runner, tmp_path)) as first:
        primed = first.get("/api/agreements", params={"limit": 1, "offset": 1})
    assert runner.calls == 2  # the keys of every agreement, then the page's agreement
    with TestClient(serving_app(catalog, runner, tmp_path)) as sibling:
        again = sibling.get("/api/agreements", params={"limit": 1, "offset": 1})
        whole = sibling.get("/api/agreements", params={"limit": 1000})
    # The sibling reads the shared keys and the shared page: only the page no process had
    # asked for yet runs.
    assert runner.calls == 3
    assert again.content == primed.content
    assert again.headers["etag"] == primed.headers["etag"]
    assert whole.json()["items"][1:2] == primed.json()["items"]


def test_shared_answers_one_process_computes_while_the_others_wait(tmp_path: Path) -> None:
    computed: list[int] = []
    answers: list[EncodedItems] = []

    def compute() -> EncodedItems:
        computed.append(1)
        time.sleep(0.2)
        return EncodedItems.encode([{"id": "a"}, {"id": "b"}])

    def ask() -> None:
        shared = SharedAnswers(tmp_path, wait_s=5)  # each its own lock, as processes have
        answers.append(shared.get_or_compute("visits", compute))

    askers = [threading.Thread(target=ask) for _ in range(3)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert len(computed) == 1
    assert {answer.page(10, 0) for answer in answers} == {
        b'{"items":[{"id":"a"},{"id":"b"}],"total":2,"limit":10,"offset":0}'
    }


def test_shared_answers_warming_leaves_an_answer_a_sibling_computes(tmp_path: Path) -> None:
    started, release = threading.Event(), threading.Event()

    def slow() -> EncodedItems:
        started.set()
        release.wait(5)
        return EncodedItems.encode([])

    sibling = threading.Thread(
        target=SharedAnswers(tmp_path, wait_s=5).get_or_compute, args=("visits", slow)
    )
    sibling.start()
    started.wait(5)
    shared = SharedAnswers(tmp_path, wait_s=5)
    assert shared.computing("visits")
    assert not shared.computing("meetings")
    release.set()
    sibling.join()
    assert not shared.computing("visits")


def test_shared_answers_are_computed_again_for_a_new_version(
    catalog: dict[str, CannedQuery], runner: InProcessRunner, tmp_path: Path
) -> None:
    version = ["v1"]
    app = FastAPI()
    shared = {"v1": SharedAnswers(tmp_path / "v1", wait_s=5), "v2": None}
    router = build_canned_router(catalog, runner, lambda: version[0], warm=False, shared=shared.get)
    app.include_router(router)
    (tmp_path / "v1").mkdir()
    with TestClient(app) as client:
        first = client.get("/api/visits")
        version[0] = "v2"  # superseded: not shared any more, but still answered
        second = client.get("/api/visits")
    # The table on v1, filed; on v2 the table again, kept by the process only.
    assert runner.calls == 2
    assert first.json() == second.json()
    assert len(list((tmp_path / "v1" / ANSWERS).glob("*.items"))) == 1


def test_shared_answers_past_the_budget_are_kept_by_their_process_only(tmp_path: Path) -> None:
    calls: list[int] = []

    def compute() -> EncodedItems:
        calls.append(1)
        return EncodedItems.encode([{"id": "x" * 100}])

    for _ in range(2):
        SharedAnswers(tmp_path, wait_s=5, budget_bytes=64).get_or_compute("k", compute)
    assert len(calls) == 2
    assert not list((tmp_path / ANSWERS).glob("*.items"))


def test_shared_answers_a_damaged_file_is_computed_again(tmp_path: Path) -> None:
    shared = SharedAnswers(tmp_path, wait_s=5)
    shared.get_or_compute("k", lambda: EncodedItems.encode([{"id": "a"}]))
    [filed] = (tmp_path / ANSWERS).glob("*.items")
    filed.write_bytes(filed.read_bytes()[:-3])  # as if the disk filled up while writing
    again = shared.get_or_compute("k", lambda: EncodedItems.encode([{"id": "b"}]))
    assert json.loads(again.page(10, 0))["items"] == [{"id": "b"}]


def test_encoded_items_pages_are_the_json_the_endpoints_always_sent() -> None:
    items: list[Any] = [
        {"id": f"visit-{n}", "name": 'Zoë "quoted" \\ ☃\n' * (n % 3), "value": n / 7}
        for n in range(12)
    ]
    encoded = EncodedItems.encode(items)
    for limit in (0, 1, 5, 100):
        for offset in (0, 3, 11, 12, 40):
            page = {
                "items": items[offset : offset + limit],
                "total": len(items),
                "limit": limit,
                "offset": offset,
            }
            expected = json.dumps(
                page, ensure_ascii=False, allow_nan=False, separators=(",", ":")
            ).encode("utf-8")
            assert encoded.page(limit, offset) == expected


def answers_of_current_snapshot(snapshots: Path) -> list[Path]:
    """The answer files of the snapshot readers are pointed at now."""
    current = (snapshots / "current").read_text("utf-8").split("\n")[0]
    return sorted((snapshots / current / ANSWERS).glob("*.items"))


@pytest.mark.parametrize("publish_warm", [True, False])
def test_shared_answers_the_owner_computes_them_at_start_and_after_each_write(
    catalog: dict[str, CannedQuery], tmp_path: Path, publish_warm: bool
) -> None:
    store = EmbeddedStore()
    load_sample(store)
    settings = make_settings(tmp_path, workers=1, publish_warm=publish_warm)
    snapshots = tmp_path / "snapshots"
    # Every unfiltered answer, the first page of each list paged by keys, and the table of each
    # list that has one.
    warm = len(catalog) + sum(by_keys(query) + by_table(query) for query in catalog.values())
    with TestClient(create_app(settings, store=store, keep_canned_warm=True)) as client:
        deadline = time.monotonic() + 10  # the first snapshot is warmed in the background
        while len(answers_of_current_snapshot(snapshots)) < warm:
            assert time.monotonic() < deadline, "the first snapshot was not warmed"
            time.sleep(0.05)
        before = (snapshots / "current").read_text("utf-8")
        insert = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <p:p> "1" } }'
        written = client.post(
            "/sparql",
            content=insert.encode(),
            headers={
                "Authorization": f"Bearer {TOKEN}",
                "Content-Type": "application/sparql-update",
            },
        )
        assert written.status_code == 204
        # Once the write is acknowledged, readers are pointed at its snapshot.
        assert (snapshots / "current").read_text("utf-8") != before
        if publish_warm:  # ... already warm: no process computes a list a client waits for
            assert len(answers_of_current_snapshot(snapshots)) == warm
        deadline = time.monotonic() + 10  # ... warmed in the background right after
        while len(answers_of_current_snapshot(snapshots)) < warm:
            assert time.monotonic() < deadline, "the written snapshot was not warmed"
            time.sleep(0.05)
        # The worker that precomputes them yields the cores to requests.
        workers = [
            int(pid)
            for task in Path(f"/proc/{os.getpid()}/task").iterdir()
            for pid in (task / "children").read_text().split()
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        assert workers
        assert {os.getpriority(os.PRIO_PROCESS, pid) for pid in workers} == {WARMING_NICENESS}


def test_shared_answers_an_answer_is_filed_under_the_version_it_was_computed_on(
    catalog: dict[str, CannedQuery], sample_store: OxStore, tmp_path: Path
) -> None:
    version = ["v1"]
    runner = InProcessRunner(sample_store)

    def run_after_a_write(sparql: str, **options: Any) -> QueryOutcome:
        if version[0] == "v1":  # a write is published as the first query starts: it reads v2
            sample_store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?visit <{DIP}visitType> ?t }} }}")
            version[0] = "v2"
        return runner(sparql, **options)

    app = FastAPI()
    shared = {v: SharedAnswers(tmp_path / v, wait_s=5) for v in ("v1", "v2")}
    for answers in shared.values():
        answers.directory.parent.mkdir()  # the snapshot folders
    app.include_router(
        build_canned_router(
            catalog, run_after_a_write, lambda: version[0], warm=False, shared=shared.get
        )
    )
    with TestClient(app) as client:
        visits = client.get("/api/visits")
    # The answer read the data without visit types (no visit left), so it is v2's: its ETag
    # is v2's, and no process still on v1 is handed it as v1's answer.
    assert visits.json()["total"] == 0
    assert visits.headers["etag"] == page_etag("v2", "visits", {}, 100, 0)
    assert not list((tmp_path / "v1" / ANSWERS).glob("*.items"))
    assert len(list((tmp_path / "v2" / ANSWERS).glob("*.items"))) == 1


def test_shared_answers_a_filed_table_answers_a_siblings_first_filtered_request(
    catalog: dict[str, CannedQuery], runner: InProcessRunner, tmp_path: Path
) -> None:
    (tmp_path / "v1").mkdir()
    with TestClient(serving_app(catalog, runner, tmp_path)) as owner:
        assert owner.get("/api/visits").is_success  # files the table of every visit
        expected = owner.get("/api/visits", params={"type": "state"}).content
    assert runner.calls == 1
    with TestClient(serving_app(catalog, runner, tmp_path)) as sibling:
        first = sibling.get("/api/visits", params={"type": "state"})
        deep = sibling.get("/api/visits", params={"type": "state", "offset": 1})
    assert runner.calls == 1  # no query of its own: the filed table, mapped, answered both
    assert first.content == expected
    assert deep.json()["items"] == first.json()["items"][1:]
