"""Latency of the canned REST endpoints against raw pyoxigraph on the same data, same run.

`python -m bench.canned [--triples 1000000] [--work DIR] [--repeat 30]`

Generates the synthetic graph (:mod:`bench.generate_graph`) unless DIR already holds it, serves
it with `dkg serve`, and times each request sequentially from a loopback client: the first call
(cold: SPARQL runs in a query worker; unfiltered lists are precomputed once before timing, as
the service does after every change), then ``--repeat`` more (warm: cache hits), reporting
p50/p95. Then, with the service stopped, it times the same bound SPARQL run
directly with pyoxigraph in this process (query plus reading every row), which is the floor the
service's cold path pays before it folds rows into items.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from pyoxigraph import QuerySolutions, RdfFormat
from pyoxigraph import Store as OxStore

from bench.generate_graph import generate
from dkg.service.binding import Bound, bind, country_lookup, to_term
from dkg.service.catalog import CannedQuery, load_catalog

REPO = Path(__file__).resolve().parents[1]
CASES: list[tuple[str, dict[str, str]]] = [
    ("visits", {}),
    ("visits", {"limit": "100", "offset": "500"}),
    ("visits", {"country": "ab"}),
    ("visits", {"host": "Land AB"}),
    ("visits", {"from": "2024-01", "to": "2024-06"}),
    ("visits", {"document": "doc-0000042"}),
    ("meetings", {}),
    ("people", {}),
    ("agreements", {}),
    ("companies", {}),
    ("sectors", {}),
    ("figures", {}),
    ("figures", {"kind": "exports", "year": "2020"}),
    ("documents", {}),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as response:
        response.read()
    return time.perf_counter() - start


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def prepare(work: Path, triples: int) -> Path:
    store_dir = work / "store"
    if not store_dir.exists():
        data = work / "graph.nq"
        generate(data, triples, seed=7)
        store = OxStore(str(store_dir))
        store.bulk_load(path=str(data), format=RdfFormat.N_QUADS)
        store.flush()
        del store
    return store_dir


def serve_and_time(store_dir: Path, repeat: int) -> list[dict[str, object]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dkg.cli.main",
            "serve",
            "--store",
            str(store_dir),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        # Cold canned queries at this size can pass the default 30 s on a loaded machine;
        # the benchmark measures them instead of their timeouts.
        env={**os.environ, "DKG_QUERY_TIMEOUT_S": "600"},
    )
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                fetch(base + "/api/queries")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the service did not start") from None
                time.sleep(0.5)
        # Wait for the unfiltered lists the service precomputes at start (one request each
        # waits for it), so that "cold" below is the cost of an uncached query alone and not
        # of one sharing two cores with the warm-up.
        for name in dict.fromkeys(name for name, _ in CASES):
            fetch(f"{base}/api/{name}?limit=1")
        report = []
        for name, params in CASES:
            url = f"{base}/api/{name}?{urllib.parse.urlencode(params)}"
            cold = fetch(url)
            warm = [fetch(url) for _ in range(repeat)]
            line = {
                "request": f"/api/{name}?{urllib.parse.urlencode(params)}",
                "cold_ms": cold * 1000,
                "warm_p50_ms": statistics.median(warm) * 1000,
                "warm_p95_ms": percentile(warm, 0.95) * 1000,
            }
            print(json.dumps(line), file=sys.stderr, flush=True)
            report.append(line)
        return report
    finally:
        server.terminate()
        server.wait(30)


def _solutions(store: OxStore, sparql: str) -> QuerySolutions:
    answer = store.query(sparql)
    assert isinstance(answer, QuerySolutions), "a country lookup is a SELECT query"
    return answer


def resolve(store: OxStore, query: CannedQuery, params: dict[str, str]) -> dict[str, Bound]:
    """The parameters bound as the service binds them (countries looked up to their IRIs)."""
    bound: dict[str, Bound] = {}
    for param in (p for p in query.params if p.name in params):
        term = to_term(param, params[param.name])
        if param.type == "country":
            lookups = (country_lookup(term.value, any_case=a) for a in (False, True))
            found = (tuple(s["country"] for s in _solutions(store, q)) for q in lookups)
            bound[param.name] = next((f for f in found if f), ())
        else:
            bound[param.name] = term
    return bound


def raw_times(store_dir: Path) -> dict[str, float]:
    catalog = load_catalog(REPO / "queries")
    store = OxStore.read_only(str(store_dir))
    times = {}
    for name, params in CASES:
        query = catalog[name]
        start = time.perf_counter()
        sparql = bind(query, resolve(store, query, params))
        answer = store.query(sparql, use_default_graph_as_union=True)
        assert isinstance(answer, QuerySolutions), f"{name} is not a SELECT query"
        rows = sum(1 for _ in answer)
        times[f"/api/{name}?{urllib.parse.urlencode(params)}"] = (
            time.perf_counter() - start
        ) * 1000
        print(f"raw {name} {params}: {rows} rows", file=sys.stderr)
    return times


def main(argv: list[str]) -> int:
    """Run the benchmark and print one line per request (JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("build/bench-canned"))
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    store_dir = prepare(args.work, args.triples)
    report = serve_and_time(store_dir, args.repeat)
    raw = raw_times(store_dir)
    for line in report:
        line["raw_pyoxigraph_ms"] = raw[str(line["request"])]
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{'request':55} {'cold':>9} {'warm p50':>9} {'warm p95':>9} {'raw oxi':>9}  (ms)")
    for line in report:
        print(
            f"{line['request']!s:55} {line['cold_ms']:9.1f} {line['warm_p50_ms']:9.2f} "
            f"{line['warm_p95_ms']:9.2f} {line['raw_pyoxigraph_ms']:9.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
