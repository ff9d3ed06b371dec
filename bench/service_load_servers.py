"""The server processes service_load starts (ours and Oxigraph's) and the requests it sends.

Both listen on a free loopback port; a start-up failure points to the server's log. Requests go
through urllib (latency probes, priming), not through wrk (see :mod:`bench.wrk_runner`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bench.canned import free_port

SPARQL_JSON: Final = "application/sparql-results+json"


QUERY_BODY: Final = "application/sparql-query"


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


def wait_idle(ours: Server, limit_s: float = 300) -> None:
    """Wait until our service has finished its background work: every query worker idle and
    its processes calm (under 5% of a core for a second).

    Idle workers alone are not enough: a serving process warms its canned answers for up to a
    minute after it starts at 1 M triples, and between two warming queries (while it shapes the
    rows) every worker is idle; small requests measured then waited for the GIL.
    """
    deadline = time.monotonic() + limit_s
    calm = 0
    while calm < 3 and time.monotonic() < deadline:
        health = json.loads(send(ours.base, Call("GET", "/health"))[1])
        busy = cpu_seconds(ours.process.pid)
        time.sleep(1)
        busy = cpu_seconds(ours.process.pid) - busy
        quiet = health["idle_workers"] == health["workers"] and busy < 0.05
        calm = calm + 1 if quiet else 0


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) used so far by process ``pid`` and its children (Linux)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = _stat_fields(entry)
        except OSError:
            continue  # ended meanwhile
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += _cpu_of(fields)
    return total


def process_cpu_seconds(pid: int) -> float:
    """CPU time (user and system) used so far by process ``pid`` alone (Linux; 0 once it has
    ended)."""
    try:
        return _cpu_of(_stat_fields(Path("/proc") / str(pid)))
    except OSError:
        return 0.0


def _stat_fields(entry: Path) -> list[str]:
    """The fields of ``/proc/PID/stat`` after the command name (state first)."""
    return (entry / "stat").read_text().rsplit(")", 1)[1].split()


def _cpu_of(fields: list[str]) -> float:
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
