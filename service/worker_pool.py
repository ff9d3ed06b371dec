"""The query worker processes themselves: start them, lend them out, kill and replace them.

This module knows nothing of SPARQL (that is :mod:`dkg.service.query_runner`); it keeps
``size`` live processes running :func:`dkg.service.query_worker.serve`, started with ``spawn``
(never ``fork``: the web process has threads and an open RocksDB, which a fork would copy in
an unknown state).
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from dkg.service.errors import StoreUnavailable
from dkg.service.query_worker import serve

logger = logging.getLogger(__name__)

_START_TIMEOUT_S = 120.0


@dataclass(eq=False)
class Worker:
    """One worker process, the parent's end of its pipe, and the snapshot it has open."""

    process: BaseProcess
    connection: Connection
    snapshot: Path | None = field(default=None)
    stopped: bool = field(default=False)
    """Set (under the pool's lock) by the one thread that kills, reaps and closes it."""


class WorkerPool:
    """``size`` worker processes; a killed one is replaced in the background."""

    def __init__(self, size: int, *, on_retire: Callable[[], None] = lambda: None) -> None:
        """Configure; :meth:`start` starts the processes. ``on_retire`` runs (in a thread)
        after a killed worker is reaped, e.g. to delete snapshots nobody reads any more."""
        self.size = size
        self._on_retire = on_retire
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._workers: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        """Start every worker and wait until each is ready.

        Raises:
            StoreUnavailable: a worker did not start.
        """
        starting = [self._spawn() for _ in range(self.size)]
        for worker in starting:
            self._await_ready(worker)
            self._idle.put(worker)

    def close(self) -> None:
        """Kill every worker (running queries are abandoned)."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            self._stop(worker)

    def try_acquire(self) -> Worker | None:
        """An idle worker, or None when all are busy."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return None

    def acquire(self, timeout: float) -> Worker | None:
        """An idle worker, waiting at most ``timeout`` seconds for one (None if none came)."""
        try:
            return self._idle.get(timeout=timeout)
        except queue.Empty:
            return None

    def release(self, worker: Worker) -> None:
        """Give back a worker that answered."""
        self._idle.put(worker)

    def replace(self, worker: Worker) -> None:
        """Kill ``worker`` now (SIGKILL returns at once, so this is safe on the event loop);
        reaping it and starting its successor happen in a thread."""
        with self._lock:
            self._workers.discard(worker)
        worker.process.kill()
        threading.Thread(target=self._succeed, args=(worker,), name="dkg-worker-restart").start()

    def snapshots_in_use(self) -> list[Path]:
        """The snapshots live workers have open."""
        with self._lock:
            return [w.snapshot for w in self._workers if w.snapshot is not None]

    @property
    def idle(self) -> int:
        """Workers waiting for a query now."""
        return self._idle.qsize()

    @property
    def live(self) -> int:
        """Workers started and not killed (idle or busy); replacements count once started."""
        with self._lock:
            return len(self._workers)

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid is not None]

    def _spawn(self) -> Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=serve, args=(child,), name="dkg-query-worker", daemon=True
        )
        process.start()
        child.close()
        worker = Worker(process, parent)
        with self._lock:
            closed = self._closed
            if not closed:
                self._workers.add(worker)
        if closed:
            self._stop(worker)
            raise StoreUnavailable("the query pool is closed")
        return worker

    def _await_ready(self, worker: Worker) -> None:
        try:
            if worker.connection.poll(_START_TIMEOUT_S):
                worker.connection.recv()
                return
        except (EOFError, OSError):
            pass  # it died while starting (or the pool was closed meanwhile)
        self._stop(worker)
        raise StoreUnavailable("a query worker did not start; see the service log")

    def _stop(self, worker: Worker) -> None:
        # close() and a replacement thread can both reach the same worker; joining one process
        # from two threads races on its sentinel (EBADF), so only the first caller stops it.
        with self._lock:
            self._workers.discard(worker)
            if worker.stopped:
                return
            worker.stopped = True
        worker.process.kill()
        worker.process.join(timeout=10)
        worker.connection.close()

    def _succeed(self, dead: Worker) -> None:
        self._stop(dead)
        self._on_retire()
        try:
            worker = self._spawn()
            self._await_ready(worker)
        except StoreUnavailable:
            with self._lock:
                closed = self._closed
            if not closed:
                logger.exception("could not replace a query worker")
            return
        with self._lock:
            closed = self._closed
        if closed:
            self._stop(worker)
        else:
            self._idle.put(worker)
