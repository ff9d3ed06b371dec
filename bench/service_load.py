"""Throughput and latency of the service against Oxigraph server: same data, same queries, same run.

`python -m bench.service_load [--duration 8] [--triples 1000000] [--datasets corpus generated]`

The issue's target is relative ("at least 0.6x Oxigraph server's throughput for uncached
queries, at least its throughput for repeated canned queries, /api/visits p95 under 50 ms at
1 M triples"), and the machine is shared, so both servers run side by side on loopback and
every cell is measured on both within seconds of each other. Load comes from Debian's `wrk`
(a Python client tops out near 800 requests/s, below what either server answers).

Per dataset (the ingested sample corpus; the generated ~1 M-triple graph), both servers are
started on the same quads (our store is exported to N-Quads, or both load the generated file)
and each mix is run with one connection (sequential) and with eight (`-t2 -c8`):

- ``trivial``: ``ASK {}``, the per-request overhead of the SPARQL path;
- ``sparql``: researcher-style SELECT queries, each request made unique by a comment so that no
  answer can come from a cache (Oxigraph has none; ours must not get one for free);
- ``canned``: the canned endpoints with typical parameters, repeated (our cache hits) against
  Oxigraph running the same bound SPARQL (from ``?show=query``);
- ``visits``: the same, /api/visits only (its warm p95 is a target).

Then /api/visits is timed cold: after a write changes the data version, each filtered request
is sent once (one Python client; latency, not throughput). Finally the researcher queries are
timed in-process with pyoxigraph on our store, so the report can split our latency into query
time and per-request overhead.

This module runs those steps per dataset; the pieces are :mod:`bench.service_load_data` (the
quads), :mod:`bench.service_load_servers` (both server processes), :mod:`bench.service_load_mixes`
(the requests), :mod:`bench.wrk_runner`, :mod:`bench.service_load_cold` and
:mod:`bench.service_load_report`.
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from pyoxigraph import QueryBoolean
from pyoxigraph import Store as OxStore

from bench.service_load_cold import Cold, cold_visits
from bench.service_load_data import REPO, oxigraph_store, prepare_corpus, prepare_generated
from bench.service_load_mixes import (
    MIX_NAMES,
    Mix,
    build_mixes,
    prime,
    researcher_queries,
    sample_values,
)
from bench.service_load_report import Cell, format_cell, report
from bench.service_load_servers import (
    Call,
    Server,
    cpu_seconds,
    start_ours,
    start_oxigraph,
    stop,
    wait_idle,
)
from bench.wrk_runner import Load, run_wrk


def measure_mixes(
    dataset: str, ours: Server, oxigraph_location: Path, mixes: Sequence[Mix], duration: int
) -> list[Cell]:
    """Every mix at 1 and 8 connections, ours then Oxigraph back to back (same noise).

    Oxigraph server gets a fresh process per run: it cannot cancel a query, so the canned
    queries wrk leaves in flight at the end of a run (seconds each at 1 M triples) would go on
    eating the cores during the next measurement. Killing the process is the only way to stop
    them. Fresh servers are primed for the cheap mixes, where a warm block cache matters.
    """
    for mix in mixes:
        prime(ours, mix.ours)
    wait_idle(ours)
    cells = []
    for mix in mixes:
        for connections in (1, 8):
            mine = timed_load(ours, mix.ours, mix.bust, connections, duration)
            oxigraph = start_oxigraph(oxigraph_location)
            try:
                if mix.bust:
                    prime(oxigraph, mix.oxigraph)
                theirs = timed_load(oxigraph, mix.oxigraph, mix.bust, connections, duration)
            finally:
                stop(oxigraph)
            cells.append(Cell(dataset, mix.name, connections, mine, theirs))
            print(f"  {format_cell(cells[-1])}", file=sys.stderr, flush=True)
    return cells


def timed_load(
    server: Server, calls: Sequence[Call], bust: bool, connections: int, duration: int
) -> Load:
    """One wrk run on ``server``, with the CPU time its processes spent per request.

    On a machine shared with other work, req/s of a run moves with everyone else's load, while
    the CPU time a request costs the server (``/proc``, all its processes) barely does: it
    shows a change of the service's own cost where throughput cannot.
    """
    before = cpu_seconds(server.process.pid)
    load = run_wrk(server.base, calls, bust, connections, duration)
    spent = cpu_seconds(server.process.pid) - before
    return replace(load, cpu_us=spent / max(load.requests, 1) * 1e6)


def raw_query_ms(store: Path, queries: dict[str, str], repeat: int = 3) -> dict[str, float]:
    """Median in-process time of each query with pyoxigraph on our store (rows read, not
    serialized): the floor under our /sparql latency, to split it from per-request overhead."""
    opened = OxStore.read_only(str(store))
    times = {}
    for name, query in queries.items():
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            result = opened.query(query, use_default_graph_as_union=True)
            if not isinstance(result, QueryBoolean):
                sum(1 for _ in result)
            runs.append((time.perf_counter() - start) * 1000)
        times[name] = statistics.median(runs)
    del opened
    return times


def measure_dataset(
    name: str, store: Path, quads: Path, work: Path, args: argparse.Namespace
) -> tuple[list[Cell], Cold, dict[str, float]]:
    """Start both servers on one dataset, run the mixes and the cold test, stop them."""
    token = secrets.token_hex(16)
    location = oxigraph_store(quads, work / "oxigraph")
    ours = start_ours(store, token)
    try:
        mixes = [mix for mix in build_mixes(ours) if mix.name in args.mixes]
        cells = measure_mixes(name, ours, location, mixes, args.duration)
        cold = cold_visits(name, ours, token, args.cold_cycles)
        queries = {"ASK {}": "ASK {}", **researcher_queries(sample_values(ours))}
    finally:
        stop(ours)
    return cells, cold, raw_query_ms(store, queries)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Command-line flags; the defaults keep a full run near eight minutes on two cores."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--duration", type=int, default=8, help="seconds per wrk run (8)")
    parser.add_argument("--triples", type=int, default=1_000_000, help="generated graph size")
    parser.add_argument(
        "--datasets", nargs="+", choices=["corpus", "generated"], default=["corpus", "generated"]
    )
    parser.add_argument(
        "--mixes",
        nargs="+",
        choices=list(MIX_NAMES),
        default=list(MIX_NAMES),
        help="the mixes to run (all; fewer when iterating on one path)",
    )
    parser.add_argument("--cold-cycles", type=int, default=1, help="version changes timed (1)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bench-service-load")
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    return parser.parse_args(list(argv))


def run(argv: Sequence[str] = ()) -> str:
    """Run the benchmark (``python -m bench service_load``) and return its report."""
    args = parse_args(argv)
    generated = (
        f"{args.triples // 1000}k" if args.triples < 1_000_000 else f"{args.triples / 1e6:g}M"
    )
    cells: list[Cell] = []
    colds: list[Cold] = []
    raw: dict[str, dict[str, float]] = {}
    for dataset in args.datasets:
        work = args.work / (dataset if dataset == "corpus" else f"generated-{args.triples}")
        work.mkdir(parents=True, exist_ok=True)
        if dataset == "corpus":
            name, (store, quads) = "corpus", prepare_corpus(work)
        else:
            name, (store, quads) = generated, prepare_generated(work, args.triples)
        print(f"{name}: measuring", file=sys.stderr, flush=True)
        found, cold, raw[name] = measure_dataset(name, store, quads, work, args)
        cells += found
        colds.append(cold)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "cells": [
                        {
                            "dataset": c.dataset,
                            "mix": c.mix,
                            "connections": c.connections,
                            "ours": vars(c.ours),
                            "oxigraph": vars(c.oxigraph),
                        }
                        for c in cells
                    ],
                    "cold_ms": {c.dataset: c.samples for c in colds},
                    "raw_ms": raw,
                },
                indent=2,
            )
        )
    return report(cells, colds, raw, generated, args)


if __name__ == "__main__":
    print(run(sys.argv[1:]))
