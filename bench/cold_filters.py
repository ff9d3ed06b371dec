"""Cold filtered /api/visits through the canned router, from SPARQL and from the filter table.

`python -m bench.cold_filters STORE [--repeat 3]`

STORE is an on-disk store (the generated graph of `bench.canned` or `bench.service_load`),
opened read-only as a serving process opens a snapshot. Two routers answer the same requests
in this process: one whose `/api/visits` has no table (every request runs its SPARQL, as
before the table), one reading the filter table the owner files after each write (here filed
once in a scratch answers folder, as the owner's warming would, and found there on every
version). Before each request the data version moves, so no answer or page is cached: for the
table, a first request on the version (the unfiltered list, timed apart) reads, decodes and
indexes the filed table, as a serving process does once per write (in the background, at its
first filtered request); the request timed then finds it ready. Each line gives the median
CPU of the process per request both ways and whether the bodies are byte-identical. CPU time,
not wall time: the machine is shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from fastapi import FastAPI
from pyoxigraph import Store as OxStore

from bench import memory_copy
from bench.memory_copy import TestClient, Versions, in_thread_runner
from dkg.service.app import DEFAULT_QUERIES_DIR
from dkg.service.catalog import load_catalog
from dkg.service.routers.canned import build_canned_router
from dkg.service.shared_answers import SharedAnswers

CASES: list[str] = [
    *(case for case in memory_copy.CASES if case),
    "from=2024-01&offset=1000",
    "visitor=person-17&from=2020",
    "status=announced&country=AB",
]
"""The filtered requests of `bench.memory_copy`, a deeper page and two pairs of filters."""
FIRST = "/api/visits"
"""The request that reads the table on a new version, before the one timed."""


def clients(store: OxStore, versions: Versions, answers: Path) -> dict[str, TestClient]:
    """The canned routes over ``store``: with the table (its answers filed in ``answers``,
    whatever the version) and without."""
    catalog = load_catalog(DEFAULT_QUERIES_DIR)
    without = {**catalog, "visits": replace(catalog["visits"], table=())}
    shared = SharedAnswers(answers, wait_s=600)
    made = {}
    for way, queries in (("table", catalog), ("sparql", without)):
        app = FastAPI()
        app.include_router(
            build_canned_router(
                queries,
                in_thread_runner(store),
                versions.current,
                warm=False,
                shared=(lambda _: shared) if way == "table" else None,
            )
        )
        made[way] = TestClient(app)
    return made


def timed(client: TestClient, path: str) -> tuple[float, bytes]:
    """CPU of the process for one request, in ms, and the body."""
    start = time.process_time()
    response = client.get(path)
    cpu = (time.process_time() - start) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code} {response.text}")
    return cpu, response.content


def run(argv: Sequence[str]) -> None:
    """File the table once, then time every request both ways; one line each."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("store", help="folder of an on-disk store")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each request (3)")
    args = parser.parse_args(list(argv))
    store = OxStore.read_only(args.store)
    versions = Versions()
    with tempfile.TemporaryDirectory(prefix="dkg-cold-filters-") as scratch:
        ways = clients(store, versions, Path(scratch))
        filed, _ = timed(ways["table"], "/api/visits")
        print(f"the table, computed and filed (the owner, once per write): {filed:.0f} ms")
        decoding: list[float] = []
        for case in CASES:
            path = f"/api/visits?{case}"
            cpu: dict[str, list[float]] = {"table": [], "sparql": []}
            bodies: dict[str, bytes] = {}
            for number in range(args.repeat):
                for way in ("table", "sparql") if number % 2 == 0 else ("sparql", "table"):
                    versions.number += 1
                    if way == "table":
                        decoding.append(timed(ways[way], FIRST)[0])
                    spent, bodies[way] = timed(ways[way], path)
                    cpu[way].append(spent)
            table_ms, sparql_ms = (statistics.median(cpu[way]) for way in ("table", "sparql"))
            same = bodies["table"] == bodies["sparql"]
            print(
                f"{path}: SPARQL {sparql_ms:.1f} ms, table {table_ms:.1f} ms of CPU, "
                f"ratio {table_ms / sparql_ms:.2f}, identical: {same}",
                flush=True,
            )
        print(
            f"first request of a version (reads the filed table): {FIRST}: "
            f"median {statistics.median(decoding):.0f} ms of CPU"
        )


if __name__ == "__main__":
    run(sys.argv[1:])
