"""What the routers share once the app has started: the served dataset and the query runner.

Routers are built in ``create_app`` before the lifespan opens the store, so they hold this
object and reach the running parts through it; before start-up and after shut-down they get a
503 instead of an AttributeError.

Two kinds of app fill it: the one that owns the store (a :class:`ServedDataset` and a pool of
query worker processes) and a serving process of ``dkg serve`` (a :class:`SnapshotReader` and
query threads), which hands every write to the owner (:mod:`dkg.service.write_forwarding`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from typing import Final

from dkg.service.dataset import ServedDataset, Snapshot
from dkg.service.errors import ServiceError, StoreUnavailable
from dkg.service.query_runner import QueryRunner
from dkg.service.query_threads import ThreadQueryRunner
from dkg.service.results import QueryOutcome
from dkg.service.settings import Settings
from dkg.service.shared_answers import SharedAnswers
from dkg.service.snapshot_reader import SnapshotReader

Dataset = ServedDataset | SnapshotReader
WARMING_NICENESS: Final = 10
"""The scheduling niceness of the query workers of an app that keeps its canned answers warm
(the owner of ``dkg serve``): they only precompute, so a serving process computing an answer a
client waits for gets the cores first."""
Runner = QueryRunner | ThreadQueryRunner


class Runtime:
    """The running service's dataset and query runner, attached by the app's lifespan."""

    def __init__(self, settings: Settings) -> None:
        """Nothing runs yet; :meth:`attach` is called at start-up."""
        self.settings = settings
        self._dataset: Dataset | None = None
        self._runner: Runner | None = None
        self.warm_canned: Callable[[bool], None] = lambda wait: None
        """Precompute the unfiltered canned answers of the current version, in the background
        or (True) before returning (set by the canned router)."""

    def set_warm_canned(self, warm: Callable[[bool], None]) -> None:
        """Called by the canned router with the function that warms its answers."""
        self.warm_canned = warm

    def keep_canned_warm(self) -> None:
        """Precompute the unfiltered canned answers of the first snapshot now, in the
        background, and those of every later one (in the owner of ``dkg serve``).

        The owner's query worker runs them in a process of its own, at a lower priority, so
        the serving processes, which read the answers from the snapshot
        (:mod:`dkg.service.shared_answers`), keep their interpreter, threads and the cores for
        requests. With ``publish_warm`` a new snapshot is warmed before it is published: the
        serving processes go on answering from the previous one until then, so no client waits
        for an unfiltered list after a write, and the write is acknowledged (and visible) that
        much later. Without it (the default) the write is visible at once and the warming
        starts right after, in the background.
        """
        self._lower_workers_priority()
        self.warm_canned(False)
        if self.settings.publish_warm:
            self.writable.before_publish = functools.partial(self._warm_snapshot, wait=True)
        else:
            self.writable.after_publish = functools.partial(self._warm_snapshot, wait=False)

    def _warm_snapshot(self, snapshot: Snapshot, *, wait: bool) -> None:
        """Warm ``snapshot``: before other processes read it (``wait``) or once they do, in
        the background."""
        self._lower_workers_priority()  # a worker killed at the time limit is replaced
        self.warm_canned(wait)

    def _lower_workers_priority(self) -> None:
        runner = self.runner
        if isinstance(runner, QueryRunner):
            for pid in runner.worker_pids:
                try:
                    os.setpriority(os.PRIO_PROCESS, pid, WARMING_NICENESS)
                except OSError:  # it exited meanwhile; its replacement is lowered next time
                    continue

    def open_published(self) -> None:
        """Open the newest snapshot and map the canned answers the owner filed in it, before
        a request asks for them (a serving process told of a write by the owner of ``dkg
        serve``, :mod:`dkg.service.snapshot_notices`).

        Raises:
            StoreUnavailable: the service is starting or stopping.
            OSError: the snapshot could not be opened.
        """
        dataset = self.dataset
        if isinstance(dataset, SnapshotReader):
            dataset.open_published()
        self.warm_canned(True)

    @property
    def opened_by_requests(self) -> int | None:
        """How many requests of this process opened a new snapshot themselves (None where
        the queries run in worker processes, which open their own)."""
        dataset = self._dataset
        return dataset.opened_by_requests if isinstance(dataset, SnapshotReader) else None

    def attach(self, dataset: Dataset, runner: Runner) -> None:
        """Make the started dataset and runner available to requests."""
        self._dataset, self._runner = dataset, runner

    def detach(self) -> None:
        """Stop handing out the dataset and runner (at shut-down)."""
        if isinstance(self._dataset, ServedDataset):
            self._dataset.before_publish = self._dataset.after_publish = None
            self._dataset.await_readers = None
        self._dataset, self._runner = None, None

    @property
    def dataset(self) -> Dataset:
        """The served dataset.

        Raises:
            StoreUnavailable: the service is starting or stopping.
        """
        if self._dataset is None:
            raise _not_running()
        return self._dataset

    @property
    def writable(self) -> ServedDataset:
        """The served dataset, for a write.

        Raises:
            StoreUnavailable: the service is starting or stopping.
            ServiceError: this process only reads (a write reached it without being forwarded
                to the process that owns the store: a bug).
        """
        dataset = self.dataset
        if not isinstance(dataset, ServedDataset):
            raise ServiceError("this serving process cannot write; the write was not forwarded")
        return dataset

    @property
    def runner(self) -> Runner:
        """The query runner.

        Raises:
            StoreUnavailable: the service is starting or stopping.
        """
        if self._runner is None:
            raise _not_running()
        return self._runner

    @property
    def version(self) -> str:
        """The version of the data queries read now (changes after every write; for ETags)."""
        return self.dataset.snapshot.version

    def shared_answers(self, version: str) -> SharedAnswers | None:
        """The canned answers shared by every process reading the snapshot of ``version``;
        None once a write has superseded it (an answer read from newer data must not be filed
        under the older version).

        Raises:
            StoreUnavailable: the service is starting or stopping.
        """
        snapshot = self.dataset.snapshot
        if snapshot.version != version:
            return None
        return SharedAnswers(snapshot.path, wait_s=self.settings.query_timeout_s)

    def run_query(
        self,
        sparql: str,
        *,
        timeout_s: float | None = None,
        max_rows: int | None = None,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryOutcome:
        """Run a query with the service's time limit and row cap (see :class:`QueryRunner`).

        This is the function handed to every router that runs SPARQL (it fits
        :class:`dkg.service.query_runner.RunQuery`).
        """
        return self.runner.run(
            sparql,
            timeout_s=timeout_s,
            max_rows=max_rows,
            default_graph=default_graph,
            named_graphs=named_graphs,
        )


def _not_running() -> StoreUnavailable:
    """The 503 of a request that comes before start-up or after shut-down."""
    return StoreUnavailable("the service is starting or stopping; try again shortly")
