"""The fixed CPU cost of one /sparql request in a serving process, measured in-process and split
by stage: the number to judge a change to the /sparql path by.

`python -m bench.sparql_overhead [--requests 3000] [--rounds 3]`

Why not wrk: on this shared two-core machine req/s moves 2-4x between runs with other people's
load, and even CPU per request under wrk mixes in the kernel's socket work and scheduler luck.
Here one serving app (:func:`dkg.service.app.create_serving_app`, on a snapshot of the ingested
sample corpus, as ``bench.service_load`` prepares it) is fed requests by uvicorn's own HTTP
protocol (httptools, as ``dkg serve`` runs it) from memory, one at a time, through a transport
that keeps the answer: no socket, no client, no other process. Three measurements per mix
(``ASK {}``; the researcher queries of ``bench.service_load``), interleaved, best of the rounds:

- ``uvicorn``: a bare ASGI app answering a ready body: uvicorn's share (HTTP parsing, the ASGI
  cycle, writing), which any endpoint pays;
- ``served``: our app: the event loop's thread (uvicorn, then our lean /sparql endpoint: protocol
  rules, negotiation, the hand-off to a query thread and back) and the whole process (plus the
  query thread: the query, its serialization, waking and the interpreter lock);
- ``query``: the same queries with pyoxigraph in one thread, serialized by pyoxigraph: the floor.

Context switches per request (voluntary and not, every thread of the process) show the hand-off:
each is a thread going to sleep, on the hand-off's queue or the interpreter lock.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import uvicorn
import uvloop
from pyoxigraph import QueryResultsFormat, QuerySolutions
from pyoxigraph import Store as OxStore
from uvicorn.server import ServerState

from bench.service_load_data import REPO, prepare_corpus
from bench.service_load_mixes import PREFIXES, SAMPLE_VALUES_QUERY, researcher_queries
from dkg.service.app import create_serving_app
from dkg.service.dataset import ServedDataset
from dkg.service.serving_process import _HttpProtocol
from dkg.service.settings import Settings
from dkg.service.store.embedded import EmbeddedStore

READY_BODY = b'{"head":{},"boolean":true}'


class KeptTransport(asyncio.Transport):
    """A connection's transport that keeps what is written and resolves ``answered`` with it."""

    def __init__(self) -> None:
        """No answer awaited yet."""
        super().__init__()
        self.answered: asyncio.Future[bytes] | None = None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """One answer (``dkg serve`` writes each in one send)."""
        if self.answered is not None and not self.answered.done():
            self.answered.set_result(bytes(data))

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        """The addresses uvicorn puts in the scope."""
        return {"sockname": ("127.0.0.1", 8000), "peername": ("127.0.0.1", 40000)}.get(
            name, default
        )

    def is_closing(self) -> bool:
        """Never: the connection stays open for every request."""
        return False

    def close(self) -> None:
        """Nothing to close (uvicorn closes it when the measurement ends)."""

    def pause_reading(self) -> None:
        """Nothing to pause: requests come from memory."""

    def resume_reading(self) -> None:
        """Nothing to resume."""


async def ready_answer(scope: dict[str, Any], receive: Callable[..., Any], send: Any) -> None:
    """An ASGI app that reads the request and answers a ready body: uvicorn's share alone."""
    if scope["type"] != "http":
        return
    await receive()
    headers = [(b"content-type", b"application/sparql-results+json"), (b"content-length", b"26")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": READY_BODY})


def request_bytes(query: str) -> bytes:
    """A POST of ``query`` as an ``application/sparql-query`` body, as the load bench sends it."""
    body = query.encode()
    head = (
        "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n"
        "Content-Type: application/sparql-query\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def context_switches() -> int:
    """Context switches of every thread of this process so far (Linux)."""
    total = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            status = (task / "status").read_text()
        except OSError:
            continue  # a thread that ended meanwhile
        for line in status.splitlines():
            if "ctxt_switches:" in line:  # voluntary_ and nonvoluntary_
                total += int(line.split()[1])
    return total


async def feed(app: Any, queries: Sequence[str], requests: int) -> tuple[float, float, float]:
    """Loop-thread CPU, process CPU and context switches per request of ``app`` over
    ``requests`` requests rotating through ``queries`` (each made unique by a comment)."""
    config = uvicorn.Config(app, http=_HttpProtocol, log_level="warning", access_log=False)
    config.load()
    loop = asyncio.get_running_loop()
    protocol = _HttpProtocol(config=config, server_state=ServerState(), app_state={}, _loop=loop)
    transport = KeptTransport()
    protocol.connection_made(transport)
    payloads = [
        request_bytes(f"{queries[i % len(queries)]}\n# request {i}\n") for i in range(requests)
    ]
    switches, thread, process = context_switches(), time.thread_time(), time.process_time()
    for payload in payloads:
        transport.answered = loop.create_future()
        protocol.data_received(payload)
        answer = await transport.answered
        if not answer.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(f"the service answered: {answer[:400]!r}")
    thread, process = time.thread_time() - thread, time.process_time() - process
    switches = context_switches() - switches
    protocol.connection_lost(None)
    return thread / requests * 1e6, process / requests * 1e6, switches / requests


def query_floor(store: OxStore, queries: Sequence[str], requests: int) -> float:
    """CPU per query of pyoxigraph alone, in this thread, written as SPARQL JSON by pyoxigraph."""
    started = time.thread_time()
    for i in range(requests):
        result = store.query(
            f"{queries[i % len(queries)]}\n# request {i}\n", use_default_graph_as_union=True
        )
        if isinstance(result, QuerySolutions):
            result.serialize(format=QueryResultsFormat.JSON)
    return (time.thread_time() - started) / requests * 1e6


def mixes(store: OxStore) -> dict[str, list[str]]:
    """``ASK {}`` and the researcher queries with values found in this data."""
    solutions = store.query(PREFIXES + SAMPLE_VALUES_QUERY, use_default_graph_as_union=True)
    row = next(iter(solutions), None) if isinstance(solutions, QuerySolutions) else None
    if row is None:
        raise RuntimeError(
            "the store holds no visit with a host and a visitor: delete build/bench-service-load "
            "so that the sample corpus is ingested again"
        )
    values = {name: row[name].value for name in ("host", "code", "visitor", "document")}
    return {"trivial": ["ASK {}"], "sparql": list(researcher_queries(values).values())}


async def measure(snapshots: Path, requests: int, rounds: int) -> str:
    """Every mix and stage, interleaved ``rounds`` times; the report."""
    # No writes are sent, so no owner listens on the writer socket; a query past the time
    # limit would answer 503 and fail the run, so there is nothing to retire.
    app = create_serving_app(
        Settings(),
        snapshot_dir=snapshots,
        writer_socket=snapshots / "no-writer",
        on_timeout=lambda: None,
    )
    lines = [
        "sparql_overhead: CPU us per /sparql request in-process (best of "
        f"{rounds} rounds of {requests}); loop = event-loop thread, process = all threads",
        f"{'mix':8} {'uvicorn':>8} {'loop':>8} {'process':>8} {'query':>8} {'switches':>9}",
    ]
    async with app.router.lifespan_context(app):
        pointer = (snapshots / "current").read_text().split()[0]
        floor_store = OxStore.read_only(str(snapshots / pointer))
        for name, queries in mixes(floor_store).items():
            await feed(app, queries, min(requests, 300))  # warm caches and threads
            best: dict[str, float] = {}
            for _ in range(rounds):
                bare = (await feed(ready_answer, queries, requests))[0]
                loop_us, process_us, switches = await feed(app, queries, requests)
                floor = query_floor(floor_store, queries, requests)
                for key, value in (
                    ("uvicorn", bare),
                    ("loop", loop_us),
                    ("process", process_us),
                    ("query", floor),
                    ("switches", switches),
                ):
                    best[key] = min(best.get(key, value), value)
            lines.append(
                f"{name:8} {best['uvicorn']:8.1f} {best['loop']:8.1f} {best['process']:8.1f} "
                f"{best['query']:8.1f} {best['switches']:9.2f}"
            )
    return "\n".join(lines)


def run(argv: Sequence[str] = ()) -> str:
    """Run the benchmark on the sample corpus and return its report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (best kept)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bench-service-load")
    args = parser.parse_args(list(argv))
    store_path, _ = prepare_corpus(args.work / "corpus")
    store = EmbeddedStore(store_path)
    dataset = ServedDataset(store, query_timeout_s=Settings().query_timeout_s)
    try:
        return uvloop.run(measure(dataset.directory, args.requests, args.rounds))
    finally:
        dataset.close()
        store.close()


if __name__ == "__main__":
    import sys

    print(run(sys.argv[1:]))
