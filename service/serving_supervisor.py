"""``dkg serve``'s process model: one owner of the store, several serving processes.

Why: with one Python process in front, every request's HTTP parsing, routing and answer went
through one interpreter, which on two cores capped small queries near a quarter of Oxigraph
server's throughput however many query workers ran behind it. Now:

- The *owner* (the ``dkg serve`` process itself) opens the store, the only writer, and runs
  :func:`~dkg.service.app.create_app` on a Unix socket for the writes forwarded to it; after
  each one it publishes a read-only snapshot (:mod:`dkg.service.dataset`).
- ``serving_processes`` *serving processes* (:mod:`dkg.service.serving_process`) each serve
  the connections handed to them: they answer reads from the newest snapshot, run queries in
  their own threads and forward writes to the owner.
- This *supervisor*, a thread of the owner, keeps their number: a process that retires
  (a query ran past its limit) gets its successor at once; one that dies, after a short pause
  if it died young (so a process that cannot start does not spin). After each write it tells
  them of the new snapshot and waits until they have opened it before the write is
  acknowledged (:mod:`dkg.service.snapshot_notices`).
- Its *hand-out* (:mod:`dkg.service.connection_hand_out`), a small process of its own
  (:mod:`dkg.service.hand_out_process`: a thread of the owner waited for the owner's GIL while
  it ingested), accepts every connection on the listening socket and passes it to the serving
  processes in turn (``SCM_RIGHTS``), skipping a starting, retiring or stalled one; what a
  stalled, retiring or dead process did not take is taken back and handed to another.

Each serving process has two socketpairs: *control* to the owner (retiring, the snapshot
notices and their answers, and the process's end when the owner is gone) and *connections* to
the hand-out process (the handed descriptors, and the process's answer for each). Why not one:
a notice makes the process open a snapshot (tens to hundreds of ms), and the thread that reads
the control socket is busy meanwhile; connections queued behind a notice would wait for it, and
a reader of one-byte notices that met a descriptor would leak it or take its byte for a notice.
On a socket of their own, connections are taken at once by a thread that does nothing else, and
neither protocol can misread the other. A third descriptor, the claim file
(:mod:`dkg.service.connection_claims`), decides whether a connection handed to a process that
stalled is its to serve or was taken back.
"""

from __future__ import annotations

import logging
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import uvicorn

from dkg.service.app import create_app
from dkg.service.connection_claims import ClaimFile
from dkg.service.connection_hand_out import connection_channel
from dkg.service.dataset import snapshots_beside
from dkg.service.hand_out_process import HandOutProcess
from dkg.service.routers.documents import IngestFunction
from dkg.service.serving_process import RETIRING
from dkg.service.settings import Settings
from dkg.service.snapshot_notices import OPEN_WAIT_S, OPENED, PUBLISHED
from dkg.service.store.embedded import EmbeddedStore

logger = logging.getLogger(__name__)

_YOUNG_S: Final = 5.0
"""A serving process that dies sooner than this after its start is restarted after a pause."""
_STOP_S: Final = 10.0
"""How long a stopping serving process may take before it is killed."""


@dataclass(eq=False)
class _Child:
    process: subprocess.Popen[bytes]
    control: socket.socket
    """Our end of its control socket (retiring, notices, answers)."""
    started: float
    retiring: bool = False
    told: int = 0
    """Notices of a new snapshot sent to it."""
    opened: int = 0
    """Answers that it opened the newest snapshot (one per notice, in order)."""
    gone: bool = False
    """Reaped: a write no longer waits for its answer."""


class ServingSupervisor:
    """Starts the serving processes on ``listener`` and replaces each one that goes."""

    def __init__(
        self, listener: socket.socket, *, processes: int, snapshot_dir: Path, writer_socket: Path
    ) -> None:
        """Configure; :meth:`start` starts the processes."""
        self.listener = listener
        self.processes = processes
        self.snapshot_dir = snapshot_dir
        self.writer_socket = writer_socket
        self._children: dict[int, _Child] = {}  # by the descriptor of our control end
        self._lock = threading.Lock()
        self._opened = threading.Condition()
        self._closing = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="dkg-supervisor", daemon=True)
        self._hand_out = HandOutProcess(listener)

    def start(self) -> None:
        """Start the process that hands out the connections, every serving process and the
        thread that watches them."""
        self._hand_out.start()
        for _ in range(self.processes):
            self._spawn()
        self._watcher.start()

    @property
    def handing_out(self) -> bool:
        """False once the hand-out process has ended by itself: no connection is accepted any
        more, and ``dkg serve`` must stop (and be restarted by whoever runs it)."""
        return not self._hand_out.ended

    @property
    def pids(self) -> list[int]:
        """Process ids of the serving processes (retiring ones included)."""
        with self._lock:
            return [child.process.pid for child in self._children.values()]

    def announce(self) -> None:
        """Tell every serving process that a write published a snapshot, and wait until each
        has opened it, gone, or :data:`OPEN_WAIT_S` passed (the write is acknowledged then)."""
        with self._lock:
            children = list(self._children.values())
        told = []
        for child in children:
            try:
                child.control.sendall(PUBLISHED)
            except OSError:  # it is ending; the watcher reaps it
                continue
            with self._opened:  # its answer may be counted first: the test is ">="
                child.told += 1
            told.append(child)
        with self._opened:
            self._opened.wait_for(
                lambda: all(child.gone or child.opened >= child.told for child in told),
                timeout=OPEN_WAIT_S,
            )

    def close(self) -> None:
        """Stop every serving process: SIGTERM (they finish the requests in flight), then
        SIGKILL for any still there after a few seconds."""
        self._closing.set()
        self._watcher.join(timeout=_STOP_S)
        self._hand_out.close()  # first: no connection is handed to a stopping process
        with self._lock:
            children = list(self._children.values())
            self._children.clear()
        for child in children:
            child.process.terminate()
        deadline = time.monotonic() + _STOP_S
        for child in children:
            try:
                child.process.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.process.kill()
                child.process.wait()
            child.control.close()

    def _spawn(self) -> None:
        ours, theirs = socket.socketpair()
        handing, taking = connection_channel()
        claims = ClaimFile.create()
        command = [
            sys.executable,
            "-m",
            "dkg.service.serving_process",
            "--control",
            str(theirs.fileno()),
            "--connections",
            str(taking.fileno()),
            "--claims",
            str(claims.descriptor),
            "--snapshots",
            str(self.snapshot_dir),
            "--writer",
            str(self.writer_socket),
        ]
        try:
            descriptors = (theirs.fileno(), taking.fileno(), claims.descriptor)
            process = subprocess.Popen(command, pass_fds=descriptors)  # noqa: S603 - our module
        except OSError:
            handing.close()
            claims.close()
            raise
        finally:
            theirs.close()
            taking.close()
        with self._lock:
            self._children[ours.fileno()] = _Child(process, ours, time.monotonic())
        self._hand_out.add(process.pid, handing, claims)

    def _watch(self) -> None:
        while not self._closing.is_set():
            with self._lock:
                descriptors = list(self._children)
            readable, _, _ = select.select(descriptors, [], [], 0.2)
            for descriptor in readable:
                with self._lock:
                    child = self._children.get(descriptor)
                if child is not None and not self._closing.is_set():
                    self._hear(descriptor, child)

    def _hear(self, descriptor: int, child: _Child) -> None:
        """A retiring process gets its successor now; a process that opened a snapshot is
        counted; a process gone is reaped (and replaced unless it had retired, which was done
        already)."""
        try:
            message = child.control.recv(64)
        except OSError:  # it died with our notice unread
            message = b""
        if OPENED in message:
            with self._opened:
                child.opened += message.count(OPENED)
                self._opened.notify_all()
        if RETIRING in message and not child.retiring:
            child.retiring = True
            self._hand_out.retire(child.process.pid)
            self._spawn()
        if message:
            return
        with self._opened:
            child.gone = True
            self._opened.notify_all()
        with self._lock:
            del self._children[descriptor]
        child.process.wait()
        child.control.close()
        if child.retiring:
            return
        logger.error(
            "serving process %d ended (status %s)", child.process.pid, child.process.returncode
        )
        if time.monotonic() - child.started < _YOUNG_S:
            self._closing.wait(_YOUNG_S)
        if not self._closing.is_set():
            self._spawn()


def serve(
    settings: Settings,
    store: EmbeddedStore,
    *,
    ingest: IngestFunction | None,
    listener: socket.socket,
    until: Callable[[], bool],
) -> None:
    """Run the owner on ``store`` and the serving processes on ``listener`` until ``until()``
    says stop (it is asked a few times a second) or the owner fails.

    Raises:
        RuntimeError: the owner did not start, or the hand-out process ended (the error is
            in the log).
    """
    if store.path is None:
        raise ValueError("dkg serve needs an on-disk store: its snapshots are shared by path")
    snapshot_dir = settings.snapshot_dir or snapshots_beside(store.path)
    # The owner writes and precomputes the canned answers the serving processes share (they
    # answer every query): one query worker will do.
    owner_settings = settings.model_copy(update={"workers": 1, "snapshot_dir": snapshot_dir})
    socket_dir = Path(tempfile.mkdtemp(prefix="dkg-owner-"))
    writer_socket = socket_dir / "owner.sock"
    supervisor = ServingSupervisor(
        listener,
        processes=settings.serving_processes,
        snapshot_dir=snapshot_dir,
        writer_socket=writer_socket,
    )
    app = create_app(
        owner_settings,
        store=store,
        ingest=ingest,
        keep_canned_warm=True,
        await_readers=supervisor.announce,  # none to wait for until it starts them
    )
    owner = uvicorn.Server(
        uvicorn.Config(
            app,
            uds=str(writer_socket),
            log_level="info",
            access_log=False,
        )
    )
    thread = threading.Thread(target=owner.run, name="dkg-owner")
    thread.start()
    started = False
    try:
        while not owner.started:
            if not thread.is_alive():
                raise RuntimeError("the store owner did not start; see the log above")
            time.sleep(0.05)
        supervisor.start()
        started = True
        while thread.is_alive() and not until():
            if not supervisor.handing_out:
                raise RuntimeError("the connection hand-out process ended; see the log above")
            time.sleep(0.2)
    finally:
        if started:
            supervisor.close()
        owner.should_exit = True
        thread.join()
        shutil.rmtree(socket_dir, ignore_errors=True)
