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
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Final

from dkg.service.errors import QueryTimeout
from dkg.service.query_policy import check_query
from dkg.service.query_tasks import Formats, build_task, unpack
from dkg.service.query_worker import Reply, answer
from dkg.service.results import QueryOutcome, SerializedResult
from dkg.service.snapshot_reader import SnapshotReader

THREADS: Final = 16
"""Queries one serving process runs at once. Not one per core: a thread waiting on a query
costs no CPU, and a process whose first query ran past the limit keeps answering its other
requests until it exits, which it could not if runaway queries held every thread."""


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
        """Ready at once: threads start with the first queries."""
        self.reader = reader
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.service_allowlist = frozenset(service_allowlist)
        self.retry_after_s = retry_after_s
        self.live_workers = threads
        """How many queries may run at once (for /health)."""
        self._on_timeout = on_timeout
        self._executor = ThreadPoolExecutor(threads, thread_name_prefix="dkg-query")
        self._lock = threading.Lock()
        self._running = 0
        self.timed_out = 0
        """How many queries were stopped at the time limit (for /health)."""

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
        self._executor.shutdown(wait=False, cancel_futures=True)

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
        future = self._submit(sparql, max_rows, default_graph, named_graphs, None)
        try:
            reply = future.result(limit)
        except FutureTimeout:
            raise self._expired(future, limit) from None
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
        formats = (solutions_format, graph_format)
        future = self._submit(sparql, max_rows, default_graph, named_graphs, formats)
        waited = asyncio.wrap_future(future)
        try:
            reply = await asyncio.wait_for(asyncio.shield(waited), limit)
        except TimeoutError:
            raise self._expired(future, limit) from None
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
    ) -> Future[Reply]:
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

        def work() -> Reply:
            with self._lock:
                self._running += 1
            try:
                return answer(store, task)
            finally:
                with self._lock:
                    self._running -= 1

        return self._executor.submit(work)

    def _expired(self, future: Future[Reply], limit: float) -> QueryTimeout:
        """Count the timeout and retire the process, unless the query had not even started
        (then it is dropped and only this request fails)."""
        if future.cancel():
            detail = f"every query thread stayed busy for {limit:g} s; try again later"
        else:
            with self._lock:
                self.timed_out += 1
            self._on_timeout()
            detail = (
                f"the query ran longer than {limit:g} s and was stopped; "
                "narrow it (a LIMIT, more selective patterns) or try again later"
            )
        return QueryTimeout(detail, headers={"Retry-After": str(self.retry_after_s)})
