"""How an app that owns its store (``create_app``: tests, embedding, the owner of ``dkg serve``)
runs a SPARQL query: in a pool of worker processes, each killed and replaced when its query runs
past the time limit. (The serving processes of ``dkg serve`` run queries in threads instead and
retire at the limit: :mod:`dkg.service.query_threads`.)

Why processes: pyoxigraph 0.5 cannot cancel a query (a signal handler runs only after the query
returns) and its SERVICE client has no HTTP timeout, so the only sound way to *stop* the work is
to kill the process doing it. Each worker reads the newest read-only snapshot published by
:class:`~dkg.service.dataset.ServedDataset` (see there why snapshots).

How a query runs (:meth:`QueryRunner.run`):

1. The SERVICE allow-list is checked (:mod:`dkg.service.query_policy`).
2. An idle worker is taken from the pool; waiting for one counts against the time limit, so a
   pool busy with slow queries answers 503 rather than queueing for ever.
3. The task goes down a pipe; the caller waits on the pipe for at most the time left.
4. On time: the rows (or, for the /sparql endpoint, the bytes in the negotiated format, which
   keeps serialization off the web process) come back, already cut at the row cap, with a
   ``truncated`` flag. Too late: the worker is SIGKILLed, a replacement is started in the
   background, and :class:`~dkg.service.errors.QueryTimeout` (503 + Retry-After) is raised.

Every query of such an app goes through the pool, cheap ones included: no in-process shortcut
could promise the time limit, since no query can be known to be cheap before it runs. The price
is one pipe round trip per query (one frame each way, :mod:`dkg.service.worker_channel`): for
``ASK {}``, 0.12-0.16 ms of web-process CPU and 0.24-0.5 ms wall (busy 2-core machine). Async
routes (:meth:`QueryRunner.run_serialized_async`) wait on the pipe on the event loop, not in a
thread.
The processes themselves are managed by :class:`~dkg.service.worker_pool.WorkerPool`.
"""

from __future__ import annotations

import marshal
import pickle
import threading
import time
from collections.abc import Collection, Sequence
from typing import Protocol

from dkg.service.dataset import ServedDataset
from dkg.service.errors import QueryTimeout, ServiceError, StoreUnavailable
from dkg.service.query_policy import check_query
from dkg.service.query_tasks import Formats, build_task, overran, unpack
from dkg.service.query_worker import Reply
from dkg.service.results import QueryOutcome, SerializedResult
from dkg.service.worker_channel import read_frame, read_frame_async, write_frame
from dkg.service.worker_pool import Worker, WorkerPool


class RunQuery(Protocol):
    """The signature routers use to run a query (``QueryRunner.run``)."""

    def __call__(
        self,
        sparql: str,
        *,
        timeout_s: float | None = None,
        max_rows: int | None = None,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryOutcome: ...


class QueryRunner:
    """A pool of query worker processes with a hard per-query time limit and a row cap."""

    def __init__(
        self,
        dataset: ServedDataset,
        *,
        workers: int,
        timeout_s: float,
        max_rows: int,
        service_allowlist: Collection[str] = (),
        retry_after_s: int = 5,
    ) -> None:
        """Configure the pool; :meth:`start` starts the processes."""
        self.dataset = dataset
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.service_allowlist = frozenset(service_allowlist)
        self.retry_after_s = retry_after_s
        self.pool = WorkerPool(workers)
        self._lock = threading.Lock()
        self.timed_out = 0
        """How many queries were stopped at the time limit (for /health)."""

    def start(self) -> None:
        """Start every worker and wait until each is ready to take queries."""
        self.pool.start()

    def close(self) -> None:
        """Stop every worker (running queries are abandoned)."""
        self.pool.close()

    @property
    def idle_workers(self) -> int:
        """Workers waiting for a query now."""
        return self.pool.idle

    def can_spare(self) -> bool:
        """Whether background work (canned cache warming) may take a worker now and still leave
        one idle for requests."""
        return self.idle_workers >= min(2, self.live_workers)

    @property
    def live_workers(self) -> int:
        """Workers started and not killed (idle or busy)."""
        return self.pool.live

    @property
    def worker_pids(self) -> list[int]:
        """Process ids of the live workers."""
        return self.pool.pids

    def run(
        self,
        sparql: str,
        *,
        timeout_s: float | None = None,
        max_rows: int | None = None,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryOutcome:
        """Run a SPARQL query and return its rows, cut at ``max_rows`` (and flagged so).

        The default graph is the union of all named graphs unless ``default_graph`` is given
        or the query has FROM / FROM NAMED clauses.

        Raises:
            OperationRefused: SERVICE to an endpoint not in the allow-list.
            MalformedQuery: the query does not parse (the parser's message).
            QueryFailed: the query could not be evaluated.
            QueryTimeout: it ran past ``timeout_s`` (default: the setting) and was stopped.
            StoreUnavailable: a worker died while running it.
        """
        result = self._dispatch(sparql, timeout_s, max_rows, default_graph, named_graphs, None)
        assert not isinstance(result, SerializedResult)  # noqa: S101 - serialize=False asked
        return result

    def run_serialized(
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
        """Like :meth:`run`, but the worker writes the answer in the negotiated format.

        ``solutions_format`` is used for SELECT/ASK, ``graph_format`` for CONSTRUCT/DESCRIBE;
        None means the client accepts no format for that form.

        Raises:
            NotAcceptable: the query's form has no acceptable format.
            (and everything :meth:`run` raises)
        """
        formats = (solutions_format, graph_format)
        result = self._dispatch(sparql, timeout_s, max_rows, default_graph, named_graphs, formats)
        assert isinstance(result, SerializedResult)  # noqa: S101 - serialize=True asked
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
        """:meth:`run_serialized` for async routes: waits for a free worker and for its answer
        (the pipe's file descriptor) on the event loop, without a thread.
        """
        check_query(sparql, self.service_allowlist)
        limit = self.timeout_s if timeout_s is None else timeout_s
        deadline = time.monotonic() + limit
        worker = await self.pool.acquire_async(limit)
        if worker is None:
            raise self._busy(limit)
        formats = (solutions_format, graph_format)
        task = self._prepare(sparql, max_rows, default_graph, named_graphs, formats)
        fd = worker.connection.fileno()
        try:
            write_frame(fd, task)
            payload = await read_frame_async(fd, max(0.0, deadline - time.monotonic()))
            reply = self._receive(worker, payload, limit)
        except (EOFError, OSError) as error:
            raise self._lost(worker, error) from error
        except ServiceError:
            raise
        except BaseException:
            # Cancelled (the server is stopping): the worker may still be busy with the query,
            # so it is replaced rather than handed to the next request.
            self.pool.replace(worker)
            raise
        self.pool.release(worker)
        result = unpack(reply)
        assert isinstance(result, SerializedResult)  # noqa: S101 - formats were given
        return result

    def _dispatch(
        self,
        sparql: str,
        timeout_s: float | None,
        max_rows: int | None,
        default_graph: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        formats: Formats | None,
    ) -> QueryOutcome | SerializedResult:
        check_query(sparql, self.service_allowlist)
        limit = self.timeout_s if timeout_s is None else timeout_s
        deadline = time.monotonic() + limit
        worker = self._acquire(deadline, limit)
        task = self._prepare(sparql, max_rows, default_graph, named_graphs, formats)
        fd = worker.connection.fileno()
        try:
            write_frame(fd, task)
            payload = read_frame(fd, max(0.0, deadline - time.monotonic()))
            reply = self._receive(worker, payload, limit)
        except (EOFError, OSError) as error:
            raise self._lost(worker, error) from error
        self.pool.release(worker)
        return unpack(reply)

    def _acquire(self, deadline: float, limit: float) -> Worker:
        # Time spent queueing for a thread or a worker counts against the query's limit.
        worker = self.pool.acquire(max(0.0, deadline - time.monotonic()))
        if worker is None:
            raise self._busy(limit)
        return worker

    def _busy(self, limit: float) -> QueryTimeout:
        return self._timeout(
            f"all {self.pool.size} query workers stayed busy for {limit:g} s; try again later"
        )

    def _prepare(
        self,
        sparql: str,
        max_rows: int | None,
        default_graph: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        formats: Formats | None,
    ) -> bytes:
        """The task on the newest snapshot, encoded as it is sent (marshal, as it
        holds only strings, numbers and None, is three times cheaper than pickle)."""
        snapshot = self.dataset.snapshot
        task = build_task(
            sparql,
            str(snapshot.path),
            max_rows=self.max_rows if max_rows is None else max_rows,
            default_graph=default_graph,
            named_graphs=named_graphs,
            formats=formats,
        )
        return marshal.dumps(tuple(task))

    def _receive(self, worker: Worker, payload: bytes | None, limit: float) -> Reply:
        """The worker's reply, or (when it did not come in time: None) kill it and raise."""
        if payload is None:
            self.pool.replace(worker)
            with self._lock:
                self.timed_out += 1
            raise overran(limit, retry_after_s=self.retry_after_s)
        reply: Reply = pickle.loads(payload)  # noqa: S301 - from our own worker process
        return reply

    def _lost(self, worker: Worker, error: Exception) -> StoreUnavailable:
        self.pool.replace(worker)
        return StoreUnavailable(
            f"the query worker stopped unexpectedly ({error}); try again",
            headers=self._retry_headers(),
        )

    def _timeout(self, detail: str) -> QueryTimeout:
        return QueryTimeout(detail, headers=self._retry_headers())

    def _retry_headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after_s)}
