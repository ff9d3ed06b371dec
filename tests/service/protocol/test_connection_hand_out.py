"""`dkg serve`'s hand-out of connections when a serving process stalls: a stopped process gets
no new client and the ones already handed to it are answered by another within a few seconds;
once it goes on it gets its share again; clients handed to a process that dies are answered,
not reset; `dkg serve` stops, saying why, if its hand-out process ends. And the claim file the
decision rests on: a connection is served by the process or taken back, never both."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from dkg.service.connection_claims import ClaimFile
from tests.service.protocol.test_serving_processes import held_by, serving, serving_pids


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`dkg serve` on the sample dataset with three serving processes."""
    with serving(tmp_path, {}) as started:
        yield started


def _ask_health_at_once(port: int, count: int) -> tuple[list[socket.socket], list[bytes]]:
    """Open ``count`` connections together, send each a `/health` request, read each answer
    (at most 10 s each); the connections stay open so that who holds them can be counted."""
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
    for client in clients:
        client.settimeout(10)
        client.sendall(b"GET /health HTTP/1.1\r\nHost: test\r\n\r\n")
    answers = []
    for client in clients:
        try:
            answers.append(client.recv(65536))
        except TimeoutError:
            answers.append(b"")
    return clients, answers


def _answered_by(answer: bytes) -> int:
    """The serving process that wrote a `/health` answer."""
    return int(httpx.Response(200, content=answer.split(b"\r\n\r\n", 1)[1]).json()["process"])


@contextmanager
def _stopped(pid: int) -> Iterator[None]:
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


@pytest.mark.slow
def test_connection_hand_out_a_stopped_process_gets_no_new_clients_then_its_share_again(
    served: tuple[str, subprocess.Popen[bytes]],
) -> None:
    base, server = served
    port = int(base.rsplit(":", 1)[1])
    pids = serving_pids(server.pid)
    stuck = httpx.get(f"{base}/health", timeout=30).json()["process"]
    with _stopped(stuck):
        for _ in range(3):  # its turn comes in every round, and a client that got it moves on
            started = time.monotonic()
            clients, answers = _ask_health_at_once(port, 6)
            waited = time.monotonic() - started
            for client in clients:
                client.close()
            assert all(answer.startswith(b"HTTP/1.1 200") for answer in answers)
            assert stuck not in {_answered_by(answer) for answer in answers}
            assert waited < 5
    # Going on, it declines what was taken back from it and is handed its share again.
    deadline = time.monotonic() + 30
    while True:
        clients, answers = _ask_health_at_once(port, 6)
        held = held_by(pids, port, clients)
        for client in clients:
            client.close()
        if sorted(held.values()) == [2, 2, 2] or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert all(answer.startswith(b"HTTP/1.1 200") for answer in answers)
    assert sorted(held.values()) == [2, 2, 2]


@pytest.mark.slow
def test_connection_hand_out_clients_of_a_process_that_dies_are_answered(
    served: tuple[str, subprocess.Popen[bytes]],
) -> None:
    base, _ = served
    port = int(base.rsplit(":", 1)[1])
    doomed = httpx.get(f"{base}/health", timeout=30).json()["process"]
    os.kill(doomed, signal.SIGSTOP)
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(6)]
    os.kill(doomed, signal.SIGKILL)  # two of the six were handed to it, if not taken back yet
    for client in clients:
        client.settimeout(10)
        client.sendall(b"GET /health HTTP/1.1\r\nHost: test\r\n\r\n")
    answers = [client.recv(65536) for client in clients]
    for client in clients:
        client.close()
    assert all(answer.startswith(b"HTTP/1.1 200") for answer in answers)
    assert doomed not in {_answered_by(answer) for answer in answers}


def _hand_out_pid(server: int) -> int:
    """The process of ``dkg serve`` (pid ``server``) that hands out its connections."""
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes() if entry.name.isdigit() else b""
            parent = (
                int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) if command else 0
            )
        except OSError:
            continue
        if parent == server and b"dkg.service.hand_out_process" in command:
            return int(entry.name)
    raise AssertionError("dkg serve runs no hand-out process")


@pytest.mark.slow
def test_connection_hand_out_dkg_serve_stops_when_its_hand_out_process_ends(
    tmp_path: Path,
) -> None:
    # Nothing would accept connections any more: a service that looks up but answers no one
    # is worse than one that stops and is restarted by whoever runs it.
    with serving(tmp_path, {}) as (_, server):
        os.kill(_hand_out_pid(server.pid), signal.SIGKILL)
        assert server.wait(timeout=60) != 0


def test_connection_claims_a_connection_taken_back_is_not_served() -> None:
    claims = ClaimFile.create()
    try:
        assert claims.claim(1)
        assert claims.take_back(3) == 1  # the first is the process's; the next two the owner's
        assert not claims.claim(2)
        assert not claims.claim(3)
        assert claims.claim(4)  # handed after the owner took the others back
        assert claims.claimed() == 4
    finally:
        claims.close()


def test_connection_claims_owner_does_not_take_back_from_a_process_stopped_while_claiming() -> None:
    claims = ClaimFile.create()
    holding = (
        "import fcntl, sys, time; fcntl.lockf(int(sys.argv[1]), fcntl.LOCK_EX); "
        "print('held', flush=True); time.sleep(60)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", holding, str(claims.descriptor)],
        pass_fds=(claims.descriptor,),
        stdout=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == b"held\n"
        assert claims.take_back(2) is None  # it may be claiming: nothing is handed elsewhere
        process.kill()
        process.wait()
        assert claims.take_back(2) == 0
    finally:
        process.kill()
        process.communicate()
        claims.close()
