"""How a serving process of ``dkg serve`` runs a query: in one of its own threads, on the
snapshot it has open, with the time limit watched by the caller.

Why threads will do here: pyoxigraph releases the GIL while it evaluates a query, so the
process goes on answering HTTP while a query runs, and waiting for the answer costs no pipe,
no pickling and no second process's time slice (for a small query the worker pool's round trip
cost more CPU than the query). What threads cannot do is stop a query: pyoxigraph has no
cancel. So a query past its limit answers 503 + Retry-After and *retires* the process
(``on_timeout``): it stops taking connections, lets its other requests finish within their
own limits, and exits, which ends the runaway query; the supervisor has already started its
successor (:mod:`dkg.service.serving_supervisor`).
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import suppress
from queue import SimpleQueue
from typing import Final

from pyoxigraph import Store as OxStore

from dkg.service.errors import QueryTimeout
from dkg.service.query_policy import check_query
from dkg.service.query_tasks import Formats, build_task, overran, unpack
from dkg.service.query_worker import QueryTask, Reply, answer
from dkg.service.results import QueryOutcome, SerializedResult
from dkg.service.snapshot_reader import SnapshotReader

THREADS: Final = 16
"""Queries one serving process runs at once. Not one per core: a thread waiting on a query
costs no CPU, and a process whose first query ran past the limit keeps answering its other
requests until it exits, which it could not if runaway queries held every thread."""


class _Job:
    """A query queued for a thread, and where its reply goes.

    Not a ``concurrent.futures`` future chained to an asyncio one: for a query of a fraction of
    a millisecond, the executor's conditions and the chained futures' callbacks cost a good
    part of the CPU of the whole request. A job hands its reply to one function, once.
    """

    __slots__ = ("cancelled", "deliver", "started", "store", "task")

    def __init__(self, store: OxStore, task: QueryTask, deliver: Callable[[Reply], None]) -> None:
        """A job not started yet."""
        self.store = store
        self.task = task
        self.deliver = deliver
        self.started = False
        self.cancelled = False


class ThreadQueryRunner:
    """Up to ``threads`` queries at once on the newest snapshot; the first one past its time
    limit retires the process."""

    def __init__(
        self,
        reader: SnapshotReader,
        *,
        threads: int,
        timeout_s: float,
        max_rows: int,
        on_timeout: Callable[[], None],
        service_allowlist: Collection[str] = (),
        retry_after_s: int = 5,
    ) -> None:
        """Ready at once: threads start with the first queries (one more only when every
        thread started is busy)."""
        self.reader = reader
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.service_allowlist = frozenset(service_allowlist)
        self.retry_after_s = retry_after_s
        self.live_workers = threads
        """How many queries may run at once (for /health)."""
        self._on_timeout = on_timeout
        self._lock = threading.Lock()
        self._running = 0
        self.timed_out = 0
        """How many queries were stopped at the time limit (for /health)."""
        self._max_threads = threads
        self._threads = 0
        self._idle: list[SimpleQueue[_Job | None]] = []
        self._backlog: deque[_Job] = deque()
        self._closed = False

    @property
    def idle_workers(self) -> int:
        """Query threads free now."""
        with self._lock:
            return self.live_workers - self._running

    def can_spare(self) -> bool:
        """Whether background work (canned cache warming) may run a query now: only when no
        request's query runs, since threads share the cores and would slow it down."""
        return self.idle_workers == self.live_workers

    def close(self) -> None:
        """Stop taking queries; queued ones are dropped, running ones are left to the exit of
        the process (they cannot be stopped)."""
        with self._lock:
            self._closed = True
            self._backlog.clear()
            idle, self._idle = self._idle, []
        for inbox in idle:
            inbox.put(None)

    def run(
        self,
        sparql: str,
        *,
        timeout_s: float | None = None,
        max_rows: int | None = None,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryOutcome:
        """Run a query from a thread (sync routes) and return its rows, cut at ``max_rows``.

        Raises the errors of :meth:`dkg.service.query_runner.QueryRunner.run`.
        """
        limit = self.timeout_s if timeout_s is None else timeout_s
        replied: Future[Reply] = Future()
        job = self._submit(sparql, max_rows, default_graph, named_graphs, None, replied.set_result)
        try:
            reply = replied.result(limit)
        except FutureTimeout:
            raise self._expired(job, limit) from None
        result = unpack(reply)
        assert not isinstance(result, SerializedResult)  # noqa: S101 - rows were asked
        return result

    async def run_serialized_async(
        self,
        sparql: str,
        *,
        solutions_format: str | None,
        graph_format: str | None,
        timeout_s: float | None = None,
        max_rows: int | None = None,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> SerializedResult:
        """Run a query and return it written in the negotiated format; the event loop waits
        (and keeps serving other requests) while a thread runs it.

        Raises the errors of :meth:`dkg.service.query_runner.QueryRunner.run_serialized`.
        """
        limit = self.timeout_s if timeout_s is None else timeout_s
        loop = asyncio.get_running_loop()
        replied: asyncio.Future[Reply | None] = loop.create_future()

        def deliver(reply: Reply) -> None:  # in the query's thread
            with suppress(RuntimeError):  # the loop has closed: nobody waits for this reply
                loop.call_soon_threadsafe(_settle, replied, reply)

        formats = (solutions_format, graph_format)
        job = self._submit(sparql, max_rows, default_graph, named_graphs, formats, deliver)
        expiry = loop.call_later(limit, _settle, replied, None)
        try:
            reply = await replied  # a cancelled request leaves the query to finish unread
        finally:
            expiry.cancel()
        if reply is None:
            raise self._expired(job, limit)
        result = unpack(reply)
        assert isinstance(result, SerializedResult)  # noqa: S101 - formats were given
        return result

    def _submit(
        self,
        sparql: str,
        max_rows: int | None,
        default_graph: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        formats: Formats | None,
        deliver: Callable[[Reply], None],
    ) -> _Job:
        """Queue the query on the snapshot that is newest now; its limit runs from here, so
        time spent waiting for a free thread counts against it."""
        check_query(sparql, self.service_allowlist)
        snapshot, store = self.reader.current()
        task = build_task(
            sparql,
            str(snapshot.path),
            max_rows=self.max_rows if max_rows is None else max_rows,
            default_graph=default_graph,
            named_graphs=named_graphs,
            formats=formats,
        )
        job = _Job(store, task, deliver)
        with self._lock:
            if self._idle:
                inbox = self._idle.pop()  # the thread idle last: its caches are warm
            elif self._threads < self._max_threads:
                self._threads += 1
                inbox = SimpleQueue()
                name = f"dkg-query-{self._threads}"
                threading.Thread(target=self._serve, args=(inbox,), name=name, daemon=True).start()
            else:
                self._backlog.append(job)
                return job
        inbox.put(job)
        return job

    def _serve(self, inbox: SimpleQueue[_Job | None]) -> None:
        """A query thread: run the jobs handed to it, then those queued while every thread was
        busy, until the runner closes."""
        job = inbox.get()
        while job is not None:
            with self._lock:
                run = not job.cancelled
                job.started = run
                self._running += run
            if run:
                try:
                    reply = answer(job.store, job.task, encode_rows=False)
                finally:
                    with self._lock:
                        self._running -= 1
                job.deliver(reply)
            job = self._next(inbox)

    def _next(self, inbox: SimpleQueue[_Job | None]) -> _Job | None:
        """A thread's next job: a queued one, else the next handed to it (None: closed)."""
        with self._lock:
            if self._backlog:
                return self._backlog.popleft()
            if self._closed:
                return None
            self._idle.append(inbox)
        return inbox.get()

    def _expired(self, job: _Job, limit: float) -> QueryTimeout:
        """Count the timeout and retire the process, unless the query had not even started
        (then it is dropped and only this request fails)."""
        with self._lock:
            job.cancelled = not job.started
            if job.started:
                self.timed_out += 1
        if job.cancelled:
            return QueryTimeout(
                f"every query thread stayed busy for {limit:g} s; try again later",
                headers={"Retry-After": str(self.retry_after_s)},
            )
        self._on_timeout()
        return overran(limit, retry_after_s=self.retry_after_s)


def _settle(replied: asyncio.Future[Reply | None], reply: Reply | None) -> None:
    """Give a waiting request its reply (None: its time is up), unless it has one already or
    was cancelled (the client left)."""
    if not replied.done():
        replied.set_result(reply)
