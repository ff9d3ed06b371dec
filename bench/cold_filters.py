"""Cold filtered /api/visits through the canned router, from SPARQL and from the filter table.

`python -m bench.cold_filters STORE [--repeat 3] [--first]`

STORE is an on-disk store (the generated graph of `bench.canned` or `bench.service_load`),
opened read-only as a serving process opens a snapshot. First the table's costs: the owner's
query, ordering and encoding after each write, and a serving process's read of the filed table
(every column decoded and indexed, as warming does). Then two routers answer the same requests
in this process: one whose `/api/visits` has no table (every request runs its SPARQL, as before
the table), on a new data version before each request, so no answer or page is cached; one
holding the table of its data version, each request sent with a query string of its own (an
extra parameter the route ignores), so no page is cached either: what a filtered request costs
once the table is read. Each line gives the median CPU of the process per request both ways
(`bench.two_ways`) and whether the bodies are byte-identical. CPU time, not wall time: the
machine is shared.

With ``--first``, each request is instead a serving process's first of a new data version
whose snapshot holds the filed table (as the owner files it with ``publish_warm``): the CPU
it costs with whatever the process reads of the table for it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from fastapi import FastAPI
from pyoxigraph import Store as OxStore

from bench import memory_copy
from bench.canned_pages import rows as rows_of
from bench.memory_copy import TestClient, Versions, in_thread_runner
from bench.store_arguments import build_store_parser
from bench.two_ways import Ask, compare
from dkg.service.app import DEFAULT_QUERIES_DIR
from dkg.service.catalog import load_catalog
from dkg.service.filter_table import FilterTable
from dkg.service.item_shapes import SHAPES
from dkg.service.routers.canned import build_canned_router
from dkg.service.routers.canned_answers import TABLE_PART, shared_key
from dkg.service.shared_answers import SharedAnswers

CASES: list[str] = [
    *(case for case in memory_copy.CASES if case),
    "from=2024-01&offset=1000",
    "visitor=person-17&from=2020",
    "status=announced&country=AB",
]
"""The filtered requests of `bench.memory_copy`, a deeper page and two pairs of filters."""


def clients(store: OxStore, versions: Versions) -> dict[str, TestClient]:
    """The canned routes over ``store``: with the table (on a data version of its own) and
    without (on ``versions``)."""
    catalog = load_catalog(DEFAULT_QUERIES_DIR)
    without = {**catalog, "visits": replace(catalog["visits"], table=())}
    made = {}
    for way, queries, version in (
        ("table", catalog, lambda: "table"),
        ("sparql", without, versions.current),
    ):
        app = FastAPI()
        router = build_canned_router(queries, in_thread_runner(store), version, warm=False)
        app.include_router(router)
        made[way] = TestClient(app)
    return made


def table_costs(store: OxStore) -> str:
    """CPU of the owner's table (query, then order and encoding) and of a reader's decoding
    and indexing of it, in ms."""
    query = load_catalog(DEFAULT_QUERIES_DIR)["visits"]
    start = time.process_time()
    rows = rows_of(store, query.table_text())
    middle = time.process_time()
    encoded = FilterTable.from_rows(rows, SHAPES["visits"]).encode()
    end = time.process_time()
    FilterTable(encoded).prepared(query.table)
    read = time.process_time()
    return (
        f"the table: query {(middle - start) * 1000:.0f} ms, order and encoding "
        f"{(end - middle) * 1000:.0f} ms ({encoded.size / 2**20:.1f} MiB); read by a serving "
        f"process {(read - end) * 1000:.0f} ms of CPU"
    )


def timed(client: TestClient, path: str) -> tuple[float, bytes]:
    """CPU of the process for one request, in ms, and the body."""
    start = time.process_time()
    response = client.get(path)
    cpu = (time.process_time() - start) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code} {response.text}")
    return cpu, response.content


def first_requests(store: OxStore, repeat: int) -> None:
    """Each request as a process's first of a new version whose snapshot holds the filed
    table: median CPU of the process per request, one line each."""
    catalog = load_catalog(DEFAULT_QUERIES_DIR)
    query = catalog["visits"]
    encoded = FilterTable.from_rows(rows_of(store, query.table_text()), SHAPES["visits"]).encode()
    with tempfile.TemporaryDirectory(prefix="dkg-first-") as folder:
        snapshots = Path(folder)
        versions = Versions()

        def shared(version: str) -> SharedAnswers:
            return SharedAnswers(snapshots / version, wait_s=60)

        app = FastAPI()
        runner = in_thread_runner(store)
        app.include_router(
            build_canned_router(catalog, runner, versions.current, warm=False, shared=shared)
        )
        client = TestClient(app)
        for case in CASES:
            spent = []
            for _ in range(repeat):
                versions.number += 1
                (snapshots / versions.current()).mkdir()
                shared(versions.current()).get_or_compute(
                    shared_key(query, {}, TABLE_PART), lambda: encoded
                )
                spent.append(timed(client, f"/api/visits?{case}")[0])
            print(f"{case}: first request of a version {sorted(spent)[len(spent) // 2]:.1f} ms")


def run(argv: Sequence[str]) -> None:
    """The table's costs, then every request timed both ways; one line each."""
    parser = build_store_parser(__doc__, each="request")
    parser.add_argument("--first", action="store_true", help="first requests of a version")
    args = parser.parse_args(list(argv))
    store = OxStore.read_only(args.store)
    if args.first:
        first_requests(store, args.repeat)
        return
    print(table_costs(store), flush=True)
    versions = Versions()
    ways = clients(store, versions)
    timed(ways["table"], "/api/visits")  # the table of its version, computed once
    for case in CASES:
        path = f"/api/visits?{case}"

        def ask(way: str, path: str = path) -> Ask:
            def one() -> tuple[float, bytes]:
                versions.number += 1
                own = f"{path}&request={versions.number}" if way == "table" else path
                return timed(ways[way], own)

            return one

        print(compare(path, {"SPARQL": ask("sparql"), "table": ask("table")}, args.repeat))


if __name__ == "__main__":
    run(sys.argv[1:])
