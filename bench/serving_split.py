"""How `dkg serve`'s serving processes share the load: connections and CPU time per process.

`python -m bench.serving_split [--runs 3] [--duration 5] [--connections 2 4 8]`

Why: a keep-alive connection stays with the serving process it was given to. If one process
gets every connection a client opens at once (as happened while they all accepted on one
shared socket; docs/service.md), a c=8 row of service_load measures one core, not two, and
req/s alone cannot tell.
Per wrk run (the ``trivial`` and ``sparql`` mixes of :mod:`bench.service_load` on the corpus),
this counts the established connections each serving process holds halfway through (``ss``)
and the CPU time each spent; then, on the idle service, how connections opened at once
(one request each, no load) land, many times over.
"""

from __future__ import annotations

import argparse
import collections
import re
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.service_load_data import REPO, prepare_corpus
from bench.service_load_mixes import build_mixes, prime
from bench.service_load_servers import Server, process_cpu_seconds, start_ours, stop, wait_idle
from bench.wrk_runner import run_wrk


def serving_pids(ours: Server) -> list[int]:
    """The serving processes of our service (children of `dkg serve` running the module)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue  # ended meanwhile
        if parent == ours.process.pid and b"dkg.service.serving_process" in command:
            found.append(int(entry.name))
    return sorted(found)


def connections_by_pid(port: int) -> collections.Counter[int]:
    """Established connections accepted on ``port``, by the process holding each."""
    listed = subprocess.run(
        ["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return collections.Counter(int(pid) for pid in re.findall(r"pid=(\d+)", listed))


def split(counts: Sequence[int]) -> str:
    """``fewest/most``: how evenly a number of connections fell on the processes."""
    return f"{min(counts)}/{max(counts)}"


def under_load(ours: Server, runs: int, duration: int, connections: Sequence[int]) -> list[str]:
    """One line per wrk run: mix, connections, req/s, connections and CPU s per process."""
    mixes = [mix for mix in build_mixes(ours) if mix.name in ("trivial", "sparql")]
    for mix in mixes:
        prime(ours, mix.ours)
    wait_idle(ours)
    port = int(ours.base.rsplit(":", 1)[1])
    lines = []
    for mix in mixes:
        for count in connections:
            for _ in range(runs):
                pids = serving_pids(ours)
                before = {pid: process_cpu_seconds(pid) for pid in pids}
                with ThreadPoolExecutor(1) as pool:
                    running = pool.submit(run_wrk, ours.base, mix.ours, mix.bust, count, duration)
                    time.sleep(duration / 2)
                    held = connections_by_pid(port)
                    load = running.result()
                per = [held[pid] for pid in pids]
                cpu = [f"{process_cpu_seconds(pid) - before[pid]:.2f}" for pid in pids]
                lines.append(
                    f"{mix.name:8} c={count} {load.requests_per_s:7.0f} req/s  "
                    f"connections {split(per)} {per}  cpu s {cpu}"
                )
                print(f"  {lines[-1]}", file=sys.stderr, flush=True)
    return lines


def at_once(ours: Server, trials: int, connections: Sequence[int]) -> list[str]:
    """How often each split occurs when ``c`` connections are opened together on the idle
    service, each sending one request (kept open until all are answered and counted)."""
    host, port = ours.base.removeprefix("http://").rsplit(":", 1)
    pids = serving_pids(ours)
    lines = []
    for count in connections:
        splits: collections.Counter[str] = collections.Counter()
        for _ in range(trials):
            clients = [socket.create_connection((host, int(port))) for _ in range(count)]
            for client in clients:
                client.sendall(b"GET /health HTTP/1.1\r\nHost: bench\r\n\r\n")
            for client in clients:
                client.recv(65536)
            held = connections_by_pid(int(port))
            splits[split([held[pid] for pid in pids])] += 1
            for client in clients:
                client.close()
            time.sleep(0.2)  # the service sees the closes before the next trial
        lines.append(f"at once c={count}: {dict(sorted(splits.items()))} in {trials} trials")
    return lines


def run(argv: Sequence[str] = ()) -> str:
    """Run both measurements on the corpus and return the report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="wrk runs per cell (3)")
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run (5)")
    parser.add_argument("--trials", type=int, default=30, help="idle trials per count (30)")
    parser.add_argument("--connections", type=int, nargs="+", default=[2, 4, 8])
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bench-service-load")
    args = parser.parse_args(list(argv))
    work = args.work / "corpus"
    work.mkdir(parents=True, exist_ok=True)
    store, _ = prepare_corpus(work)
    ours = start_ours(store, secrets.token_hex(16))
    try:
        lines = under_load(ours, args.runs, args.duration, args.connections)
        lines += at_once(ours, args.trials, args.connections)
    finally:
        stop(ours)
    return "\n".join(lines)


if __name__ == "__main__":
    print(run(sys.argv[1:]))
