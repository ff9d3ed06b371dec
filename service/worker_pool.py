"""The query worker processes themselves: start them, lend them out, kill and replace them.

This module knows nothing of SPARQL (that is :mod:`dkg.service.query_runner`); it keeps
``size`` live processes running :func:`dkg.service.query_worker.serve`, started with ``spawn``
(never ``fork``: the web process has threads and an open RocksDB, which a fork would copy in
an unknown state).

Requests that find every worker busy queue in arrival order. An async route waits on the
event loop (:meth:`WorkerPool.acquire_async`) and a thread waits on an event
(:meth:`WorkerPool.acquire`); a released worker is handed straight to the longest waiter. The
earlier design parked each async waiter in a thread blocked on a ``queue.Queue``: with 8
clients and 2 workers, six threads fought over the GIL and the queue's condition variable, and
throughput fell below that of one client.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from dkg.service.errors import StoreUnavailable
from dkg.service.query_worker import serve
from dkg.service.worker_channel import read_frame

logger = logging.getLogger(__name__)

_START_TIMEOUT_S = 120.0


@dataclass(eq=False)
class Worker:
    """One worker process and the parent's end of its pipe (frames of
    :mod:`dkg.service.worker_channel` on its descriptor)."""

    process: BaseProcess
    connection: Connection
    stopped: bool = field(default=False)
    """Set (under the pool's lock) by the one thread that kills, reaps and closes it."""


class _Waiter:
    """A caller waiting for a worker; :meth:`WorkerPool._hand_over` fills ``worker`` under the
    pool's lock, so a waiter that gives up can tell whether a worker reached it meanwhile."""

    def __init__(self, wake: Callable[[], None]) -> None:
        self.worker: Worker | None = None
        self.wake = wake


class WorkerPool:
    """``size`` worker processes; a killed one is replaced in the background."""

    def __init__(self, size: int) -> None:
        """Configure; :meth:`start` starts the processes."""
        self.size = size
        self._context = multiprocessing.get_context("spawn")
        self._idle: deque[Worker] = deque()
        self._waiters: deque[_Waiter] = deque()
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
            self.release(worker)

    def close(self) -> None:
        """Kill every worker (running queries are abandoned)."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            self._stop(worker)

    def acquire(self, timeout: float) -> Worker | None:
        """An idle worker, waiting (blocking this thread) at most ``timeout`` seconds for one;
        None if none came."""
        event = threading.Event()
        waiter = self._enqueue(event.set)
        if isinstance(waiter, Worker):
            return waiter
        event.wait(timeout)
        return self._give_up(waiter)

    async def acquire_async(self, timeout: float) -> Worker | None:
        """:meth:`acquire` for the event loop: waits without a thread."""
        with self._lock:  # the usual case, an idle worker: no future, no callbacks
            if self._idle:
                return self._idle.popleft()
        loop = asyncio.get_running_loop()
        loop_thread = threading.get_ident()
        arrived: asyncio.Future[None] = loop.create_future()

        def arrive() -> None:
            if not arrived.done():
                arrived.set_result(None)

        def wake() -> None:  # from the loop's own thread (the usual case) without a syscall
            if threading.get_ident() == loop_thread:
                arrive()
            else:
                loop.call_soon_threadsafe(arrive)

        waiter = self._enqueue(wake)
        if isinstance(waiter, Worker):
            return waiter
        try:
            await asyncio.wait_for(arrived, timeout)
        except TimeoutError:
            pass
        except BaseException:  # cancelled: a worker handed over meanwhile goes back
            worker = self._give_up(waiter)
            if worker is not None:
                self.release(worker)
            raise
        return self._give_up(waiter)

    def release(self, worker: Worker) -> None:
        """Give back a worker that answered (or a new one): to the longest waiter, if any."""
        with self._lock:
            if not self._waiters:
                self._idle.append(worker)
                return
            waiter = self._waiters.popleft()
            waiter.worker = worker
        waiter.wake()

    def replace(self, worker: Worker) -> None:
        """Kill ``worker`` now (SIGKILL returns at once, so this is safe on the event loop);
        reaping it and starting its successor happen in a thread."""
        with self._lock:
            self._workers.discard(worker)
        worker.process.kill()
        threading.Thread(target=self._succeed, args=(worker,), name="dkg-worker-restart").start()

    @property
    def idle(self) -> int:
        """Workers waiting for a query now."""
        with self._lock:
            return len(self._idle)

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
        os.set_blocking(parent.fileno(), False)  # for good: see dkg.service.worker_channel
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
            if read_frame(worker.connection.fileno(), _START_TIMEOUT_S) == b"ready":
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
            self.release(worker)

    def _enqueue(self, wake: Callable[[], None]) -> Worker | _Waiter:
        """An idle worker at once, or the caller's place in the queue."""
        with self._lock:
            if self._idle:
                return self._idle.popleft()
            waiter = _Waiter(wake)
            self._waiters.append(waiter)
            return waiter

    def _give_up(self, waiter: _Waiter) -> Worker | None:
        """Leave the queue: the worker handed over before the wait ended, or None."""
        with self._lock:
            if waiter.worker is None:
                self._waiters.remove(waiter)
            return waiter.worker
