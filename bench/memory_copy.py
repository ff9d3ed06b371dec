"""Cold /api/visits on a snapshot read from disk and on an in-memory copy of it, same run.

`python -m bench.memory_copy STORE [--repeat 3]`

STORE is an on-disk store (the generated graph of `bench.canned` or `bench.service_load`, or
the ingested sample corpus). It is opened read-only, as a serving process opens a snapshot,
and copied into an in-memory pyoxigraph store by dumping it as N-Quads and bulk-loading the
dump: the copy's build time (wall and CPU) and the resident memory it adds are printed first.
Then each request of the cold `/api/visits` table of docs/canned-queries.md goes through the
canned router of each store in this process, on a new data version every time (so nothing is
cached), the two stores alternating which goes first; each line gives the median CPU time of
the process per request, the ratio memory / disk, and whether the answers are byte-identical.
CPU time, not wall time: on a shared machine it is what compares.
"""

from __future__ import annotations

import io
import sys
import time
import warnings
from collections.abc import Sequence
from pathlib import Path

from fastapi import FastAPI
from pyoxigraph import RdfFormat
from pyoxigraph import Store as OxStore

from bench.store_arguments import build_store_parser
from bench.two_ways import Ask, compare
from dkg.service.app import DEFAULT_QUERIES_DIR
from dkg.service.catalog import load_catalog
from dkg.service.query_runner import RunQuery
from dkg.service.query_tasks import unpack
from dkg.service.query_worker import QueryTask, answer
from dkg.service.results import QueryOutcome, SerializedResult
from dkg.service.routers.canned import build_canned_router

with warnings.catch_warnings():
    # Starlette 1.x asks for the httpx2 package; httpx still works and is what we install.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient as TestClient  # bench.cold_filters uses it too

CASES: list[str] = [
    "",
    "type=state&status=happened",
    "from=2024-01",
    "to=2016-05",
    "from=2024-01&to=2024-06",
    "visitor=person-17",
    "country=AB",
    "host=Land%20AB",
    "document=doc-0000042",
]


def resident_mib(field: str = "VmRSS") -> float:
    """This process's resident memory now (``VmRSS``) or at its peak (``VmHWM``), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise SystemExit(f"no {field} in /proc/self/status: this bench needs Linux")


def copy_in_memory(store: OxStore) -> OxStore:
    """An in-memory store holding every quad of ``store``."""
    dump = io.BytesIO()
    store.dump(dump, format=RdfFormat.N_QUADS)
    copy = OxStore()
    copy.bulk_load(dump.getvalue(), format=RdfFormat.N_QUADS)
    return copy


def in_thread_runner(store: OxStore) -> RunQuery:
    """Queries answered as a serving process's query thread answers them (the canned routes
    give only a row cap: no time limit, no dataset)."""

    def run(sparql: str, *, max_rows: int | None = None, **_: object) -> QueryOutcome:
        task = QueryTask(sparql=sparql, snapshot="", max_rows=max_rows)
        outcome = unpack(answer(store, task, encode_rows=False))
        if isinstance(outcome, SerializedResult):
            raise SystemExit("a canned query was answered serialized")
        return outcome

    return run


class Versions:
    """The data version both routers read; the bench moves it before every request, so each
    request finds every cache cold, as the first one after a write does."""

    def __init__(self) -> None:
        self.number = 0

    def current(self) -> str:
        """The version requests read now."""
        return str(self.number)


def canned_client(store: OxStore, versions: Versions) -> TestClient:
    """The canned routes over ``store``."""
    app = FastAPI()
    catalog = load_catalog(DEFAULT_QUERIES_DIR)
    router = build_canned_router(catalog, in_thread_runner(store), versions.current, warm=False)
    app.include_router(router)
    return TestClient(app)


def run(argv: Sequence[str]) -> None:
    """Build the copy, then time every request on both stores; one line each."""
    parser = build_store_parser(__doc__, each="request")
    args = parser.parse_args(list(argv))
    disk = OxStore.read_only(args.store)
    before, wall, cpu = resident_mib(), time.perf_counter(), time.process_time()
    memory = copy_in_memory(disk)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"copy of {len(memory)} quads: {wall:.1f} s wall, {cpu:.1f} s CPU, resident "
        f"+{resident_mib() - before:.0f} MiB after, +{resident_mib('VmHWM') - before:.0f} "
        "MiB at the peak (the dump and the copy)",
        flush=True,
    )
    versions = Versions()
    clients = {"disk": canned_client(disk, versions), "memory": canned_client(memory, versions)}
    for case in CASES:
        path = f"/api/visits?{case}" if case else "/api/visits"

        def ask(way: str, path: str = path) -> Ask:
            def one() -> tuple[float, bytes]:
                versions.number += 1
                start = time.process_time()
                response = clients[way].get(path)
                spent = (time.process_time() - start) * 1000
                if response.status_code != 200:
                    raise SystemExit(f"{path} on {way}: {response.status_code} {response.text}")
                return spent, response.content

            return one

        print(compare(path, {"disk": ask("disk"), "memory": ask("memory")}, args.repeat))


if __name__ == "__main__":
    run(sys.argv[1:])
