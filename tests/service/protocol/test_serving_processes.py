"""`dkg serve`'s serving processes: a query past its limit answers 503 and retires only the
process that ran it (its successor is started at once) while other clients go on; writes sent
to any process reach the store, and every process reads them next; a filtered `/api/visits`
is answered from the filter table the owner filed, from a process's first request on; a write
is acknowledged once every process has opened its snapshot, or a few seconds later when one is
stuck."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from dkg.service.dataset import POINTER
from dkg.service.shared_answers import ANSWERS
from dkg.service.snapshot_notices import OPEN_WAIT_S
from dkg.service.store.embedded import EmbeddedStore
from tests.service.protocol.conftest import CHEAP, ENDLESS, TOKEN, load_sample
from tests.support import free_port


def serving_pids(server: int) -> set[int]:
    """The serving processes ``dkg serve`` (pid ``server``) runs now."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == server and b"dkg.service.serving_process" in command:
            found.add(int(entry.name))
    return found


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`dkg serve` on the sample dataset: three serving processes, a 1.5 s limit."""
    with serving(tmp_path, {"DKG_QUERY_TIMEOUT_S": "1.5"}) as started:
        yield started


@contextmanager
def serving(
    tmp_path: Path, settings: dict[str, str]
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`dkg serve` on the sample dataset with three serving processes and these settings."""
    store = EmbeddedStore(tmp_path / "store")
    load_sample(store)
    store.close()
    port = free_port()
    env = {
        **os.environ,
        "DKG_UPDATE_TOKEN": TOKEN,
        "DKG_RETRY_AFTER_S": "7",
        "DKG_SERVING_PROCESSES": "3",
        **settings,
    }
    command = [sys.executable, "-m", "dkg.cli.main", "serve", "--store", str(tmp_path / "store")]
    server = subprocess.Popen([*command, "--port", str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        answered: set[int] = set()  # a process is handed connections once it has started
        while len(serving_pids(server.pid)) < 3 or not serving_pids(server.pid) <= answered:
            assert server.poll() is None, "dkg serve ended; see its output above"
            assert time.monotonic() < deadline, "dkg serve did not start"
            answered |= _answered_by(base)
            time.sleep(0.1)
        yield base, server
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)


def _answered_by(base: str) -> set[int]:
    """The serving process that answers a `/health` request on a new connection, if one does."""
    try:
        return {int(httpx.get(f"{base}/health", timeout=5).json()["process"])}
    except httpx.HTTPError:
        return set()


@pytest.mark.slow
def test_serving_processes_timeout_retires_only_its_process(
    served: tuple[str, subprocess.Popen[bytes]],
) -> None:
    base, server = served
    before = serving_pids(server.pid)
    slow: list[httpx.Response] = []
    fast: list[tuple[int, float]] = []
    done = threading.Event()

    def endless() -> None:
        slow.append(httpx.get(f"{base}/sparql", params={"query": ENDLESS}, timeout=60))

    def cheap() -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while not done.is_set():
                started = time.monotonic()
                response = client.get("/sparql", params={"query": CHEAP})
                fast.append((response.status_code, time.monotonic() - started))

    fast_threads = [threading.Thread(target=cheap) for _ in range(4)]
    slow_threads = [threading.Thread(target=endless) for _ in range(2)]
    started = time.monotonic()
    for thread in fast_threads + slow_threads:
        thread.start()
    for thread in slow_threads:
        thread.join(timeout=60)
    elapsed = time.monotonic() - started
    time.sleep(0.5)
    done.set()
    for thread in fast_threads:
        thread.join(timeout=60)

    assert [response.status_code for response in slow] == [503, 503]
    for response in slow:
        assert response.headers["retry-after"] == "7"
        assert response.json()["title"] == "Query timed out"
    assert elapsed < 1.5 + 5  # answered at the limit, not when the query would have ended
    assert len(fast) >= 20
    assert {status for status, _ in fast} == {200}

    deadline = time.monotonic() + 60
    while True:  # the retired processes are gone, their successors serve
        now = serving_pids(server.pid)
        if (len(now) == 3 and len(now - before) >= 1) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert len(now) == 3 and now - before
    assert httpx.get(f"{base}/sparql", params={"query": CHEAP}).status_code == 200


@pytest.mark.slow
def test_serving_processes_forward_writes_to_the_store(
    served: tuple[str, subprocess.Popen[bytes]],
) -> None:
    base, _ = served
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> "
    update += '<http://example.org/b> "written" } }'
    asked = {"query": 'ASK { ?s ?p "written" }'}
    accept = {"Accept": "application/sparql-results+json"}
    assert httpx.get(f"{base}/sparql", params=asked, headers=accept).json()["boolean"] is False

    refused = httpx.post(f"{base}/sparql", data={"update": update})
    assert refused.status_code == 401
    assert refused.headers["content-type"] == "application/problem+json"

    written = httpx.post(
        f"{base}/sparql",
        content=update,
        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
    )
    assert written.status_code == 204
    for _ in range(12):  # new connections: each may reach another serving process
        answer = httpx.get(f"{base}/sparql", params=asked, headers=accept)
        assert answer.json()["boolean"] is True


def _filed(snapshots: Path) -> list[str]:
    """The answers filed in the snapshot the serving processes read now."""
    name = (snapshots / POINTER).read_text("utf-8").split("\n")[0]
    return sorted(path.name for path in (snapshots / name / ANSWERS).glob("*.items"))


@pytest.mark.slow
def test_serving_processes_first_filtered_visits_after_a_write_come_from_the_table(
    tmp_path: Path,
) -> None:
    snapshots = tmp_path / "snapshots"
    warm = {"DKG_PUBLISH_WARM": "1", "DKG_SNAPSHOT_DIR": str(snapshots)}
    with serving(tmp_path, warm) as (base, _):
        update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> "
        update += '<http://example.org/b> "written" } }'
        headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
        assert httpx.post(f"{base}/sparql", content=update, headers=headers).status_code == 204
        before = _filed(snapshots)
        assert before, "the owner files the new version's table and lists before publishing it"
        filters = [
            {"type": "state"},
            {"status": "happened"},
            {"from": "2024-11"},
            {"to": "2030"},
            {"type": "state", "from": "2025"},
            {"visitor": "a"},
        ]
        totals = []
        for params in filters * 2:  # new connections: every process gets its first ones
            params = {**params, "limit": str(len(totals) + 1)}
            answer = httpx.get(f"{base}/api/visits", params=params, timeout=30)
            assert answer.status_code == 200, answer.text
            totals.append(answer.json()["total"])
        assert any(totals)
        # A request answered by SPARQL files its keys or items in the snapshot for the other
        # processes; answered from the table, it computes nothing to file.
        assert _filed(snapshots) == before


def held_by(pids: set[int], port: int, clients: list[socket.socket]) -> dict[int, int]:
    """How many of ``clients``' connections to ``port`` each process of ``pids`` holds (the
    server's end of each, found by its socket inode in /proc)."""
    ours = {client.getsockname()[1] for client in clients}
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = (int(address.rsplit(":", 1)[1], 16) for address in fields[1:3])
        if local == port and remote in ours:
            inodes.add(f"socket:[{fields[9]}]")
    held = dict.fromkeys(pids, 0)
    for pid in pids:
        for descriptor in Path(f"/proc/{pid}/fd").iterdir():
            try:
                if os.readlink(descriptor) in inodes:
                    held[pid] += 1
            except OSError:
                continue  # closed meanwhile
    return held


@pytest.mark.slow
def test_serving_processes_share_connections_opened_at_once(
    served: tuple[str, subprocess.Popen[bytes]],
) -> None:
    # A client opening its connections together (a pool) gets every serving process, not the
    # first to wake: each of the three holds two of six, whichever is scheduled first.
    base, server = served
    port = int(base.rsplit(":", 1)[1])
    for _ in range(3):
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(6)]
        try:
            for client in clients:
                client.sendall(b"GET /health HTTP/1.1\r\nHost: test\r\n\r\n")
            for client in clients:
                assert client.recv(65536).startswith(b"HTTP/1.1 200")
            held = held_by(serving_pids(server.pid), port, clients)
        finally:
            for client in clients:
                client.close()
        assert sorted(held.values()) == [2, 2, 2]


def _health_of_each(base: str, pids: set[int]) -> dict[int, dict[str, object]]:
    """``/health`` as each serving process answers it (new connections until all have)."""
    answers: dict[int, dict[str, object]] = {}
    deadline = time.monotonic() + 60
    while set(answers) != pids and time.monotonic() < deadline:
        health = httpx.get(f"{base}/health", timeout=30).json()
        answers[health["process"]] = health
    assert set(answers) == pids, "some serving process never took a connection"
    return answers


@pytest.mark.slow
def test_serving_processes_open_a_written_snapshot_before_the_write_is_acknowledged(
    tmp_path: Path,
) -> None:
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    with serving(tmp_path, {"DKG_PUBLISH_WARM": "1"}) as (base, server):
        pids = serving_pids(server.pid)
        for round_number in range(3):
            update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> "
            update += f'<http://example.org/b> "round {round_number}" }} }}'
            written = httpx.post(f"{base}/sparql", content=update, headers=headers, timeout=60)
            assert written.status_code == 204
            answers = _health_of_each(base, pids)
            # Every process reads the write, and none of its requests since had to open the
            # snapshot the write published: the owner acknowledged it once they all had.
            assert len({health["version"] for health in answers.values()}) == 1
            assert {health["snapshots_opened_by_requests"] for health in answers.values()} == {0}


@pytest.mark.slow
def test_serving_processes_a_stuck_process_holds_a_write_up_for_a_few_seconds_only(
    tmp_path: Path,
) -> None:
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    with serving(tmp_path, {}) as (base, server), httpx.Client(timeout=60) as client:
        pids = serving_pids(server.pid)
        # The write goes on a connection a running process holds: the owner hands connections
        # out in turn, and one handed to the stopped process would wait until it went on.
        writing = client.get(f"{base}/health").json()["process"]
        stuck = min(pids - {writing})
        os.kill(stuck, signal.SIGSTOP)
        try:
            started = time.monotonic()
            update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> "
            update += '<http://example.org/b> "while one process was stopped" } }'
            written = client.post(f"{base}/sparql", content=update, headers=headers)
            waited = time.monotonic() - started
        finally:
            os.kill(stuck, signal.SIGCONT)
        assert written.status_code == 204
        assert OPEN_WAIT_S <= waited < OPEN_WAIT_S + 10
        # Once it goes on it catches up: the next write is acknowledged as soon as every
        # process has opened its snapshot, and no request had to open one.
        update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> "
        update += '<http://example.org/b> "once it went on" } }'
        started = time.monotonic()
        assert httpx.post(f"{base}/sparql", content=update, headers=headers).status_code == 204
        assert time.monotonic() - started < OPEN_WAIT_S
        answers = _health_of_each(base, pids)
        assert {health["snapshots_opened_by_requests"] for health in answers.values()} == {0}
