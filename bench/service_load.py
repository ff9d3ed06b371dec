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
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pyoxigraph import QueryBoolean
from pyoxigraph import Store as OxStore

from bench.canned import free_port, percentile, prepare
from dkg.loaders.gold import load_gold
from dkg.loaders.graph import graph_name_for

REPO: Final = Path(__file__).resolve().parents[1]
SPARQL_JSON: Final = "application/sparql-results+json"
QUERY_BODY: Final = "application/sparql-query"
SCRATCH_GRAPH: Final = graph_name_for("bench-service-load-version").value
PREFIXES: Final = """PREFIX dip: <https://w3id.org/diplomatic-kg/ontology#>
PREFIX dipv: <https://w3id.org/diplomatic-kg/vocab/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
"""
RESEARCHER_QUERIES: Final = {
    "visits_hosted_by": """SELECT ?visit ?visitor ?start WHERE {
  ?host schema:name %(host)s . ?visit dip:hostCountry ?host ; dip:visitor ?visitor .
  OPTIONAL { ?visit dip:startDate ?start }
} ORDER BY DESC(?start) LIMIT 100""",
    "meetings_of_person": """SELECT ?meeting ?date ?other WHERE {
  ?person schema:name %(visitor)s . ?meeting dip:participant ?person, ?other ; dip:date ?date .
  FILTER(?other != ?person)
} ORDER BY ?date LIMIT 100""",
    "agreements_of_country": """SELECT ?agreement ?kind ?amount WHERE {
  ?country dip:iso2 %(code)s . ?agreement dip:party ?country ; dip:agreementKind ?kind .
  OPTIONAL { ?agreement dip:value/schema:value ?amount }
} LIMIT 100""",
    "visits_per_year_to": """SELECT ?year (COUNT(DISTINCT ?visit) AS ?visits) WHERE {
  ?country dip:iso2 %(code)s . ?visit dip:hostCountry ?country ; dip:startDate ?date .
  BIND(SUBSTR(STR(?date), 1, 4) AS ?year)
} GROUP BY ?year ORDER BY ?year""",
    "documents_of_year": """SELECT ?document ?title ?date WHERE {
  ?document a dip:Document ; dip:datePublished ?date ; dip:title ?title .
  FILTER(STRSTARTS(STR(?date), "2024"))
} LIMIT 100""",
}
"""Lookups a researcher writes by hand, each starting from a bound value so that the store can
use its indexes; at 1 M triples they take tens to hundreds of ms in-process. Whole-graph
aggregates (seconds each at that size) would leave a few requests per wrk run."""
SAMPLE_VALUES_QUERY: Final = """SELECT ?host ?code ?visitor ?document WHERE {
  GRAPH ?graph {
    ?visit dip:hostCountry ?country ; dip:visitor/schema:name ?visitor ;
           dip:evidence/prov:wasQuotedFrom/dip:name ?document .
    ?country schema:name ?host ; dip:iso2 ?code .
  }
} LIMIT 1"""
WRK_SCRIPT: Final = """
next_id = 0
tid = 0
counter = 0
bust = %(bust)s
calls = {%(calls)s}

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
end

function init(args)
  counter = tid * 1000003
end

function request()
  counter = counter + 1
  local call = calls[(counter %% #calls) + 1]
  local body = call.body
  if bust and body then
    body = body .. "\\n# request " .. counter .. "\\n"
  end
  return wrk.format(call.method, call.path, call.headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "errors": %%d, "p50_us": %%d, "p95_us": %%d}\\n',
    summary.requests, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95)))
end
"""


@dataclass(frozen=True)
class Call:
    """One HTTP request of a mix, as wrk and the priming client send it."""

    method: str
    path: str
    body: str | None = None
    content_type: str | None = None
    accept: str = SPARQL_JSON

    def headers(self) -> dict[str, str]:
        """Request headers; the body's type only when there is a body."""
        headers = {"Accept": self.accept}
        if self.content_type:
            headers["Content-Type"] = self.content_type
        return headers


@dataclass(frozen=True)
class Mix:
    """The same work asked of both servers, each in its own protocol."""

    name: str
    ours: tuple[Call, ...]
    oxigraph: tuple[Call, ...]
    bust: bool


@dataclass(frozen=True)
class Load:
    """What one wrk run measured."""

    requests: int
    duration_s: float
    p50_ms: float
    p95_ms: float
    errors: int

    @property
    def requests_per_s(self) -> float:
        """Completed requests per second; with none completed, the bound 1/duration
        (a server that finished nothing in the run is slower than that)."""
        return max(self.requests, 1) / self.duration_s


@dataclass(frozen=True)
class Cell:
    """One (dataset, mix, connections) measurement on both servers."""

    dataset: str
    mix: str
    connections: int
    ours: Load
    oxigraph: Load


@dataclass(frozen=True)
class Cold:
    """Latencies of /api/visits right after a data version change, in ms."""

    dataset: str
    samples: list[float]


@dataclass(frozen=True)
class Server:
    """A server process this benchmark started, and where it listens."""

    name: str
    base: str
    process: subprocess.Popen[bytes]


def tool(name: str, hint: str) -> str:
    """The path of a command-line tool, or an error saying how to install it."""
    found = shutil.which(name) or shutil.which(str(Path(sys.executable).parent / name))
    if found is None:
        raise SystemExit(f"`{name}` is not installed: {hint}")
    return found


def dkg(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run a `dkg` command with this interpreter (the checkout's, whatever the PATH)."""
    return subprocess.run(
        [sys.executable, "-m", "dkg.cli.main", *args], capture_output=True, check=False
    )


def prepare_corpus(work: Path) -> tuple[Path, Path]:
    """Our store with the sample documents ingested, and the same quads as N-Quads.

    Ingested with `dkg ingest` (not bulk-loaded) so the data is exactly what users get; the
    documents rejected by validation are left out of both servers alike.
    """
    store, quads = work / "store", work / "data.nq"
    if not quads.exists():
        gold = load_gold(REPO / "samples" / "gold.json")
        ingest = dkg("ingest", *map(str, gold.document_paths()), "--store", str(store))
        if ingest.returncode not in (0, 1):  # 1: some document rejected, the rest stored
            raise RuntimeError(f"dkg ingest failed: {ingest.stderr.decode()[-2000:]}")
        export = dkg("export", "--format", "nquads", "--store", str(store))
        if export.returncode != 0:
            raise RuntimeError(f"dkg export failed: {export.stderr.decode()[-2000:]}")
        quads.write_bytes(export.stdout)
    return store, quads


def prepare_generated(work: Path, triples: int) -> tuple[Path, Path]:
    """Our store bulk-loaded with the generated graph (as bench.canned does), and the file.

    At a million triples `dkg ingest` would spend minutes validating shapes that the generator
    meets by construction, so both servers load the generated file directly.
    """
    return prepare(work, triples), work / "graph.nq"


def oxigraph_store(quads: Path, location: Path) -> Path:
    """Oxigraph server's own store, loaded from the same N-Quads by its own CLI."""
    if not location.exists():
        cli = tool("oxigraph", "pip install '.[bench]' (or `make bench`)")
        subprocess.run(
            [cli, "load", "--location", str(location), "--file", str(quads)],
            check=True,
            capture_output=True,
        )
    return location


def send(base: str, call: Call, extra: dict[str, str] | None = None) -> tuple[int, bytes, float]:
    """Status, body and seconds of one request (errors are answers here, not exceptions)."""
    request = urllib.request.Request(
        base + call.path,
        data=None if call.body is None else call.body.encode(),
        headers={**call.headers(), **(extra or {})},
        method=call.method,
    )
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            body = response.read()
            status = int(response.status)
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return status, body, time.perf_counter() - start


def start_server(
    name: str, command: list[str], ready: Call, env: dict[str, str], log: Path
) -> Server:
    """Start a server on a free loopback port (``{port}`` in ``command``) and wait for it.

    Its output goes to ``log`` (overwritten), which a start-up failure points to.
    """
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [part.replace("{port}", str(port)) for part in command],
            stdout=output,
            stderr=subprocess.STDOUT,
            env={**os.environ, **env},
        )
    server = Server(name, base, process)
    deadline = time.monotonic() + 300
    while True:
        try:
            if send(base, ready)[0] == 200:
                return server
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            stop(server)
            raise RuntimeError(f"{name} did not start (exit status {process.poll()}); see {log}")
        time.sleep(0.3)


def stop(server: Server) -> None:
    """Stop a server this benchmark started (SIGTERM, then SIGKILL after 10 s)."""
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(10)


def start_ours(store: Path, token: str) -> Server:
    """`dkg serve` on our store, with an update token so the benchmark can change versions."""
    command = [sys.executable, "-m", "dkg.cli.main", "serve", "--store", str(store)]
    env = {"DKG_UPDATE_TOKEN": token}
    log = store.parent / "ours.log"
    return start_server("ours", [*command, "--port", "{port}"], Call("GET", "/health"), env, log)


def start_oxigraph(location: Path) -> Server:
    """Oxigraph server, read-only, answering over the union of the graphs as ours does."""
    cli = tool("oxigraph", "pip install '.[bench]' (or `make bench`)")
    command = [cli, "serve-read-only", "--location", str(location), "--union-default-graph"]
    ready = Call("POST", "/query", "ASK {}", QUERY_BODY)
    log = location.parent / "oxigraph.log"
    return start_server("oxigraph", [*command, "--bind", "127.0.0.1:{port}"], ready, {}, log)


def sample_values(ours: Server) -> dict[str, str]:
    """A host country name, a country code and a document name that exist in this dataset,
    so that the filtered requests find something on any data."""
    status, body, _ = send(ours.base, sparql_call("/sparql", PREFIXES + SAMPLE_VALUES_QUERY))
    if status != 200:
        raise RuntimeError(f"could not read sample values: {body.decode()[:500]}")
    row = json.loads(body)["results"]["bindings"][0]
    return {name: term["value"] for name, term in row.items()}


def sparql_call(path: str, query: str) -> Call:
    """A SPARQL 1.1 Protocol query as a POST body (same form for both servers)."""
    return Call("POST", path, query, QUERY_BODY)


def canned_paths(values: dict[str, str]) -> tuple[list[str], list[str]]:
    """(/api/visits requests, the other canned requests) with parameters found in the data."""
    visits = [
        {},
        {"country": values["code"]},
        {"host": values["host"]},
        {"from": "2024-01", "to": "2024-06"},
        {"document": values["document"]},
        {"type": "state", "status": "happened"},
    ]
    others = [
        ("meetings", {}),
        ("people", {}),
        ("agreements", {}),
        ("companies", {}),
        ("sectors", {}),
        ("figures", {"kind": "exports"}),
        ("documents", {}),
    ]
    visit_paths = [f"/api/visits?{urllib.parse.urlencode(p)}" for p in visits]
    return visit_paths, [f"/api/{n}?{urllib.parse.urlencode(p)}" for n, p in others]


def bound_sparql(ours: Server, path: str) -> str:
    """The SPARQL our service runs for a canned request (what Oxigraph is asked instead)."""
    separator = "&" if "?" in path else "?"
    status, body, _ = send(ours.base, Call("GET", f"{path}{separator}show=query", accept="*/*"))
    if status != 200:
        raise RuntimeError(f"{path}?show=query answered {status}: {body.decode()[:500]}")
    return body.decode()


def researcher_queries(values: dict[str, str]) -> dict[str, str]:
    """The researcher queries, with this dataset's host country as a SPARQL literal."""
    literals = {key: json.dumps(value) for key, value in values.items()}  # same escapes
    return {name: PREFIXES + query % literals for name, query in RESEARCHER_QUERIES.items()}


MIX_NAMES: Final = ("trivial", "sparql", "canned", "visits")


def build_mixes(ours: Server) -> list[Mix]:
    """The four mixes, with this dataset's parameter values."""
    values = sample_values(ours)
    queries = researcher_queries(values).values()
    visit_paths, other_paths = canned_paths(values)

    def canned(paths: list[str]) -> tuple[tuple[Call, ...], tuple[Call, ...]]:
        ours_calls = tuple(Call("GET", p, accept="application/json") for p in paths)
        theirs = tuple(sparql_call("/query", bound_sparql(ours, p)) for p in paths)
        return ours_calls, theirs

    return [
        Mix(
            "trivial", (sparql_call("/sparql", "ASK {}"),), (sparql_call("/query", "ASK {}"),), True
        ),
        Mix(
            "sparql",
            tuple(sparql_call("/sparql", q) for q in queries),
            tuple(sparql_call("/query", q) for q in queries),
            True,
        ),
        Mix("canned", *canned(visit_paths[:3] + other_paths), False),
        Mix("visits", *canned(visit_paths), False),
    ]


def prime(server: Server, calls: Sequence[Call]) -> None:
    """Send every call once: fills caches that a real client would also have filled, and
    fails loudly on a broken request instead of benchmarking error pages."""
    for call in calls:
        status, body, _ = send(server.base, call)
        if status != 200:
            raise RuntimeError(
                f"{server.name} {call.path} answered {status}: {body.decode()[:500]}"
            )


def wait_idle(ours: Server, limit_s: float = 180) -> None:
    """Wait until our query workers are all idle (background cache warming has finished)."""
    deadline = time.monotonic() + limit_s
    calm = 0
    while calm < 3 and time.monotonic() < deadline:
        health = json.loads(send(ours.base, Call("GET", "/health"))[1])
        calm = calm + 1 if health["idle_workers"] == health["workers"] else 0
        time.sleep(0.5)


def lua_string(text: str) -> str:
    """A Lua 5.1 string literal for any text: every byte outside printable ASCII, and the
    quote and backslash, as a decimal escape (LuaJIT, wrk's Lua, knows no \\u escapes)."""
    return (
        '"'
        + "".join(
            chr(b) if 32 <= b < 127 and b not in (34, 92) else f"\\{b:03d}" for b in text.encode()
        )
        + '"'
    )


def wrk_script(calls: Sequence[Call], bust: bool) -> str:
    """A wrk script that rotates through ``calls`` and prints its summary as one JSON line."""
    entries = []
    for call in calls:
        headers = ", ".join(
            f"[{lua_string(k)}] = {lua_string(v)}" for k, v in call.headers().items()
        )
        body = "nil" if call.body is None else lua_string(call.body)
        entries.append(
            f"{{method = {lua_string(call.method)}, path = {lua_string(call.path)}, "
            f"headers = {{{headers}}}, body = {body}}}"
        )
    return WRK_SCRIPT % {"bust": "true" if bust else "false", "calls": ",\n".join(entries)}


def run_wrk(base: str, calls: Sequence[Call], bust: bool, connections: int, duration: int) -> Load:
    """Load ``base`` with wrk for ``duration`` seconds; one thread per four connections."""
    wrk = tool("wrk", "apt-get install -y wrk (Debian)")
    threads = max(1, min(2, connections // 4))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(wrk_script(calls, bust))
    try:
        output = subprocess.run(
            [
                wrk,
                f"-t{threads}",
                f"-c{connections}",
                f"-d{duration}s",
                "--timeout",
                "60s",
                "-s",
                handle.name,
                base + "/",
            ],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    finally:
        os.unlink(handle.name)
    line = next(x for x in output.splitlines() if x.startswith("WRKJSON "))
    data = json.loads(line.removeprefix("WRKJSON "))
    return Load(
        requests=data["requests"],
        duration_s=data["duration_us"] / 1e6,
        p50_ms=data["p50_us"] / 1000,
        p95_ms=data["p95_us"] / 1000,
        errors=data["errors"],
    )


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
            mine = run_wrk(ours.base, mix.ours, mix.bust, connections, duration)
            oxigraph = start_oxigraph(oxigraph_location)
            try:
                if mix.bust:
                    prime(oxigraph, mix.oxigraph)
                theirs = run_wrk(oxigraph.base, mix.oxigraph, mix.bust, connections, duration)
            finally:
                stop(oxigraph)
            cells.append(Cell(dataset, mix.name, connections, mine, theirs))
            print(f"  {format_cell(cells[-1])}", file=sys.stderr, flush=True)
    return cells


def change_version(ours: Server, token: str, number: int) -> None:
    """Write one triple to a scratch graph: a new data version, so the canned cache is cold."""
    update = (
        f"DROP SILENT GRAPH <{SCRATCH_GRAPH}> ; "
        f"INSERT DATA {{ GRAPH <{SCRATCH_GRAPH}> "
        f'{{ <{SCRATCH_GRAPH}> <{SCRATCH_GRAPH}#n> "{number}" }} }}'
    )
    call = Call("POST", "/sparql", update, "application/sparql-update", accept="*/*")
    status, body, _ = send(ours.base, call, {"Authorization": f"Bearer {token}"})
    if status != 204:
        raise RuntimeError(f"the version-changing update answered {status}: {body.decode()[:500]}")


def cold_visits(dataset: str, ours: Server, token: str, cycles: int) -> Cold:
    """/api/visits latencies right after each of ``cycles`` version changes.

    Each filtered request is sent once per version, as a researcher's script would after new
    documents arrive; the service's background warming of the unfiltered lists runs meanwhile,
    as it does in production. Between cycles the workers are left to finish.
    """
    visit_paths, _ = canned_paths(sample_values(ours))
    samples = []
    for cycle in range(cycles):
        change_version(ours, token, cycle)
        for path in visit_paths:
            status, body, seconds = send(ours.base, Call("GET", path, accept="application/json"))
            if status != 200:
                raise RuntimeError(f"{path} answered {status}: {body.decode()[:500]}")
            samples.append(seconds * 1000)
        wait_idle(ours)
    drop = f"DROP SILENT GRAPH <{SCRATCH_GRAPH}>"
    call = Call("POST", "/sparql", drop, "application/sparql-update", accept="*/*")
    send(ours.base, call, {"Authorization": f"Bearer {token}"})
    return Cold(dataset, samples)


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
        f"p95 {o95:8.2f} {x_lat[1]} {ratio(o95, x95, lat_mark)}{errors}"
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
        "columns: ours, oxigraph, ours/oxigraph (ms for latencies)",
        *(format_cell(cell) for cell in cells),
        "",
        "in-process pyoxigraph time on our store (ms, median of 3; the floor under /sparql):",
    ]
    for dataset, times in raw.items():
        lines.append(f"  {dataset}: " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()))
    lines += ["", *verdicts(cells, colds, generated)]
    return "\n".join(lines)


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
