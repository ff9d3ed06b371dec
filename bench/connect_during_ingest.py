"""How long a client waits for its first answer while `dkg serve` ingests documents: on new
connections, each accepted and handed out by the hand-out, and on a kept-alive one, which is not.

`python -m bench.connect_during_ingest [--documents 100] [--per-upload 100] [--rounds 3]`

Why: the hand-out accepts every connection and hands it to a serving process. As a thread of
the owner it shared the owner's interpreter (and its GIL) with the ingest pipeline that
`POST /api/documents` runs there, and each new connection could wait for the pipeline; it is a
process of its own now (docs/service.md). A kept-alive connection goes straight to its serving
process, so the difference between the two, ingesting against idle, is what the hand-out adds.
Both probes send `ASK {}` on the lean `/sparql` path every 20 ms and time connect + request to
the first byte of the answer. Each round: the idle service for as long as the previous ingest
took, then ``--documents`` sample documents uploaded under new names (new graphs in a copy of
the corpus store, which grows as a researcher's would), ``--per-upload`` at a time, one upload
after the other: an upload of fewer than ``dkg.cli.ingest.PARALLEL_FROM`` documents is extracted
in the owner's own interpreter, a larger one in worker processes. The owner's CPU time during
each phase is reported beside the latencies.
"""

from __future__ import annotations

import argparse
import re
import secrets
import shutil
import socket
import statistics
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from bench.service_load_data import REPO, prepare_corpus
from bench.service_load_servers import Server, process_cpu_seconds, start_ours, stop, wait_idle

_REQUEST = b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: bench\r\n\r\n"
_EVERY_S = 0.02
_LENGTH = re.compile(rb"content-length:\s*(\d+)", re.IGNORECASE)


def first_byte_s(client: socket.socket) -> float:
    """Send one `ASK {}` on ``client`` and read the whole answer; seconds to its first byte."""
    started = time.perf_counter()
    client.sendall(_REQUEST)
    data = client.recv(65536)
    waited = time.perf_counter() - started
    while b"\r\n\r\n" not in data:
        data += client.recv(65536)
    head, body = data.split(b"\r\n\r\n", 1)
    found = _LENGTH.search(head)
    if not head.startswith(b"HTTP/1.1 200") or found is None:
        raise RuntimeError(f"unexpected answer: {head[:200]!r}")
    while len(body) < int(found.group(1)):
        body += client.recv(65536)
    return waited


class Probe:
    """Times one request every 20 ms, each on a new connection or all on one kept alive."""

    def __init__(self, address: tuple[str, int], *, new_connections: bool) -> None:
        """Probe ``address``; :meth:`start` starts the thread."""
        self.address = address
        self.new_connections = new_connections
        self.times: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        """Start timing (from an empty list)."""
        self.times = []
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def finish(self) -> list[float]:
        """Stop and return the times measured."""
        self._stop.set()
        self._thread.join()
        return self.times

    def _run(self) -> None:
        kept = None if self.new_connections else socket.create_connection(self.address)
        while not self._stop.wait(_EVERY_S):
            if kept is not None:
                self.times.append(first_byte_s(kept))
                continue
            started = time.perf_counter()
            with socket.create_connection(self.address) as client:
                connected = time.perf_counter() - started
                self.times.append(connected + first_byte_s(client))
        if kept is not None:
            kept.close()


def summary(times: Sequence[float]) -> str:
    """Count, median, 90th percentile and longest, in milliseconds."""
    ordered = sorted(times)
    if not ordered:
        return "no requests"
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return (
        f"n={len(ordered):4} median {statistics.median(ordered) * 1000:6.1f} "
        f"p90 {p90 * 1000:6.1f} max {ordered[-1] * 1000:7.1f} ms"
    )


def upload(ours: Server, token: str, paths: Sequence[Path], prefix: str) -> float:
    """Ingest ``paths`` through `POST /api/documents` under new names; seconds it took."""
    files = [("file", (f"{prefix}-{path.name}", path.read_bytes(), "text/plain")) for path in paths]
    started = time.perf_counter()
    answer = httpx.post(
        f"{ours.base}/api/documents",
        files=files,
        headers={"Authorization": f"Bearer {token}"},
        timeout=3600,
    )
    if answer.status_code != 201:
        raise RuntimeError(f"upload failed: {answer.status_code} {answer.text[:500]}")
    return time.perf_counter() - started


def measure(ours: Server, token: str, documents: int, per_upload: int, rounds: int) -> list[str]:
    """Idle, then ingesting, ``rounds`` times; one line per phase and probe."""
    host, port = ours.base.removeprefix("http://").rsplit(":", 1)
    address = (host, int(port))
    probes = {
        "new connection": Probe(address, new_connections=True),
        "kept alive": Probe(address, new_connections=False),
    }
    paths = sorted((REPO / "samples").glob("*.txt"))[:documents]
    lines = []
    took = 10.0
    for round_number in range(rounds):
        wait_idle(ours)
        for phase in ("idle", "ingesting"):
            owner_cpu = process_cpu_seconds(ours.process.pid)
            for probe in probes.values():
                probe.start()
            if phase == "idle":
                time.sleep(took)
            else:
                prefix = f"bench-{secrets.token_hex(3)}-{round_number}"
                took = sum(
                    upload(ours, token, paths[start : start + per_upload], prefix)
                    for start in range(0, len(paths), per_upload)
                )
            results = {name: probe.finish() for name, probe in probes.items()}
            owner_cpu = process_cpu_seconds(ours.process.pid) - owner_cpu
            for name, times in results.items():
                lines.append(
                    f"round {round_number} {phase:9} {took:5.1f} s, owner cpu {owner_cpu:5.2f} s"
                    f"  {name:14} {summary(times)}"
                )
                print(f"  {lines[-1]}", file=sys.stderr, flush=True)
    return lines


def run(argv: Sequence[str] = ()) -> str:
    """Measure on the corpus store and return the report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--documents", type=int, default=100, help="documents per round")
    parser.add_argument("--per-upload", type=int, default=100, help="documents per upload")
    parser.add_argument("--rounds", type=int, default=3, help="idle + ingesting rounds (3)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bench-service-load")
    args = parser.parse_args(list(argv))
    work = args.work / "corpus"
    work.mkdir(parents=True, exist_ok=True)
    corpus, _ = prepare_corpus(work)
    # The uploads add graphs: to a copy, so that the corpus store stays the same quads as the
    # export the other benchmarks load into Oxigraph.
    store = args.work / "ingest-copy" / "store"
    shutil.rmtree(store.parent, ignore_errors=True)
    shutil.copytree(corpus, store)
    token = secrets.token_hex(16)
    ours = start_ours(store, token)
    try:
        return "\n".join(measure(ours, token, args.documents, args.per_upload, args.rounds))
    finally:
        stop(ours)


if __name__ == "__main__":
    print(run(sys.argv[1:]))
