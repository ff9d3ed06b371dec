"""The service_load report: one table line per measurement, and the issue's targets met or not.

Every number of ours is shown next to Oxigraph server's from the same run, with their ratio;
when Oxigraph completed nothing in a run its numbers are bounds, and marked so.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from bench.canned import percentile
from bench.service_load_cold import Cold
from bench.wrk_runner import Load


@dataclass(frozen=True)
class Cell:
    """One (dataset, mix, connections) measurement on both servers."""

    dataset: str
    mix: str
    connections: int
    ours: Load
    oxigraph: Load


def ratio(ours: float, theirs: float, bound: str = "") -> str:
    """ours/theirs; ``bound`` ('>' or '<') when one side is only a bound."""
    return f"{bound}{ours / theirs:.2f}x".rjust(9) if theirs > 0 else "      n/a"


def latencies(load: Load) -> tuple[float, float]:
    """p50 and p95 in ms; with nothing completed, at least the run's length."""
    if load.requests:
        return load.p50_ms, load.p95_ms
    return load.duration_s * 1000, load.duration_s * 1000


def format_cell(cell: Cell) -> str:
    """One report line: throughput and latencies of both servers, and their ratios.

    When Oxigraph completed nothing in the run (a canned query at 1 M triples takes seconds),
    its numbers are bounds (marked < or >) and so are the ratios."""
    o, x = cell.ours, cell.oxigraph
    mark = "" if x.requests else ">"
    errors = f"  ERRORS ours {o.errors} oxigraph {x.errors}" if o.errors or x.errors else ""
    (o50, o95), (x50, x95) = latencies(o), latencies(x)
    lat_mark = "" if x.requests else "<"
    x_rps = f"{x.requests_per_s:8.2f}" if x.requests else f"<{x.requests_per_s:7.2f}"
    x_lat = (f"{x50:8.2f}", f"{x95:8.2f}") if x.requests else (f">{x50:7.0f}", f">{x95:7.0f}")
    return (
        f"{cell.dataset:7} {cell.mix:7} c={cell.connections}  "
        f"req/s {o.requests_per_s:8.2f} {x_rps} {ratio(o.requests_per_s, x.requests_per_s, mark)}  "
        f"p50 {o50:8.2f} {x_lat[0]} {ratio(o50, x50, lat_mark)}  "
        f"p95 {o95:8.2f} {x_lat[1]} {ratio(o95, x95, lat_mark)}  "
        f"cpu us/req {o.cpu_us:6.0f} {x.cpu_us:6.0f} {ratio(o.cpu_us, x.cpu_us)}{errors}"
    )


def verdicts(cells: Sequence[Cell], colds: Sequence[Cold], generated: str) -> list[str]:
    """The issue's three targets, each met or not, with the numbers that decide it."""
    lines = []
    goals = {"sparql": 0.6, "canned": 1.0, "visits": 1.0}  # trivial: a probe, not a target
    for cell in cells:
        if cell.mix not in goals:
            continue
        o, x = cell.ours.requests_per_s, cell.oxigraph.requests_per_s
        met = "met   " if o / x >= goals[cell.mix] else "MISSED"
        mark = "" if cell.oxigraph.requests else ">"
        lines.append(
            f"{met} {cell.dataset} {cell.mix} c={cell.connections}: throughput "
            f"{ratio(o, x, mark).strip()} of Oxigraph (target >= {goals[cell.mix]}x)"
        )
    for cell in cells:
        if cell.dataset == generated and cell.mix == "visits":
            met = "met   " if cell.ours.p95_ms < 50 else "MISSED"
            lines.append(
                f"{met} /api/visits warm p95 at {generated}, c={cell.connections}: "
                f"{cell.ours.p95_ms:.2f} ms (target < 50 ms)"
            )
    for cold in colds:
        if not cold.samples:  # --cold-cycles 0
            continue
        p95 = percentile(cold.samples, 0.95)
        met = "met   " if p95 < 50 else "MISSED"
        extra = "" if cold.dataset == generated else " (not a target at this size)"
        lines.append(
            f"{met} /api/visits cold p95 at {cold.dataset}: {p95:.1f} ms over "
            f"{len(cold.samples)} requests (p50 {statistics.median(cold.samples):.1f}, "
            f"max {max(cold.samples):.1f}; target < 50 ms){extra}"
        )
    return lines


def report(
    cells: Sequence[Cell],
    colds: Sequence[Cold],
    raw: dict[str, dict[str, float]],
    generated: str,
    args: argparse.Namespace,
) -> str:
    """The whole report: a table, the raw query floor, and the verdicts."""
    lines = [
        f"service_load: ours (dkg serve) vs Oxigraph server, wrk {args.duration}s per cell; "
        "columns: ours, oxigraph, ours/oxigraph (ms for latencies; CPU time of each server's "
        "processes per request)",
        *(format_cell(cell) for cell in cells),
        "",
        "in-process pyoxigraph time on our store (ms, median of 3; the floor under /sparql):",
    ]
    for dataset, times in raw.items():
        lines.append(f"  {dataset}: " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()))
    lines += ["", *verdicts(cells, colds, generated)]
    return "\n".join(lines)
