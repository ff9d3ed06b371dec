"""The served dataset: the one writable store of the process and the read-only snapshots of it
that query workers read.

Why snapshots: only one process may open the RocksDB folder for writing, and opening it
read-only while that process writes is undefined behaviour (pyoxigraph's own warning). So the
service process is the single writer, and after every write it publishes a *snapshot*: a folder
nobody ever writes again, which worker processes open with ``Store.read_only`` safely.

- On-disk store: ``Store.backup`` makes a consistent RocksDB checkpoint of hard links (measured
  at 10^6 quads: 18 ms; a write plus its snapshot 170 ms; a worker reopening the new snapshot
  read-only adds ~40 ms to its next query).
- In-memory store (tests, demos): the data is dumped as N-Quads and bulk-loaded into a fresh
  on-disk folder, which costs time proportional to the data (33 s at 10^6 quads on a busy
  2-core machine), so a large dataset that takes writes belongs on disk (``dkg serve`` does).

Readers find the newest snapshot through the *pointer* file ``current`` in the snapshot folder
(its name and version, replaced atomically after each write), and notice a write through the
*counter* file beside it, eight bytes they keep mapped in memory: one memory read per request,
no system call, tells a serving process of ``dkg serve`` whether the data changed
(:mod:`dkg.service.snapshot_reader`).

A superseded snapshot is deleted once no query can still be reading it: a query starts on the
newest snapshot and runs at most the time limit, and a serving process whose query timed out
ends within one more limit, so two limits (plus a margin) after it was superseded. Deleting it
while a reader still has it open is harmless on Linux (open files stay readable); deleting it
under a running query is what the wait prevents. All writes go through
:meth:`ServedDataset.write`, which holds a lock so two writes never interleave and the snapshot
always follows the write it reflects.

Between making a snapshot and pointing readers at it, :attr:`ServedDataset.before_publish` may
prepare it: the owner of ``dkg serve`` precomputes the unfiltered canned answers into it, so
serving processes keep answering from the previous (consistent, warm) snapshot until the new
one is warm and never answer a cold unfiltered list. The owner's own queries already read the
new snapshot meanwhile (that is how the answers are computed on it). Once readers are pointed
at it, :attr:`ServedDataset.await_readers` lets the owner of ``dkg serve`` wait for its
serving processes to open it before the write returns.
"""

from __future__ import annotations

import io
import mmap
import os
import shutil
import struct
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypeVar

from pyoxigraph import RdfFormat
from pyoxigraph import Store as OxStore

from dkg.service.store.base import Store
from dkg.service.store.embedded import EmbeddedStore

T = TypeVar("T")

POINTER: Final = "current"
"""The file in the snapshot folder that names the newest snapshot and its version."""
COUNTER: Final = "counter"
"""The file in the snapshot folder whose eight bytes count the snapshots published."""
COUNTER_FORMAT: Final = struct.Struct("=Q")


def snapshots_beside(store_path: Path) -> Path:
    """The snapshot folder of an on-disk store: beside it, on the same file system, so that a
    snapshot is hard links."""
    return store_path.with_name(store_path.name + ".snapshots")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A read-only copy of the store at one version."""

    path: Path
    version: str


class ServedDataset:
    """Owns the writable store, serializes writes and publishes a snapshot after each one."""

    def __init__(
        self, store: Store, snapshot_dir: Path | None = None, *, query_timeout_s: float
    ) -> None:
        """Publish a first snapshot of ``store`` under ``snapshot_dir``; by default beside an
        on-disk store (``<store>.snapshots``), else in a temporary folder. Superseded snapshots
        are kept for two ``query_timeout_s`` (see the module's docstring)."""
        self.store = store
        self.retain_s = 2 * query_timeout_s + 5
        self._own_dir = snapshot_dir is None
        if snapshot_dir is not None:
            self.directory = snapshot_dir
        elif isinstance(store, EmbeddedStore) and store.path is not None:
            self.directory = snapshots_beside(store.path)
        else:
            self.directory = Path(tempfile.mkdtemp(prefix="dkg-snapshots-"))
        self.directory.mkdir(parents=True, exist_ok=True)
        for stale in self.directory.glob("snapshot-*"):  # left by a process that crashed
            shutil.rmtree(stale, ignore_errors=True)
        self._write_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._counter = 0
        self._superseded: list[tuple[float, Path]] = []
        counter = self.directory / COUNTER
        counter.write_bytes(bytes(COUNTER_FORMAT.size))
        with counter.open("r+b") as file:
            self._published = mmap.mmap(file.fileno(), COUNTER_FORMAT.size)
        self.before_publish: Callable[[Snapshot], None] | None = None
        """Prepares each snapshot a write makes before other processes are pointed at it."""
        self.await_readers: Callable[[], None] | None = None
        """Waits (for a bounded time) until the readers in other processes have opened the
        snapshot just published, so that a write is acknowledged once they read it without
        opening it on a request's time (:mod:`dkg.service.snapshot_notices`)."""
        self.after_publish: Callable[[Snapshot], None] | None = None
        """Told of each snapshot once other processes are pointed at it (it must not block:
        the write waits for it)."""
        self._current = self._make_snapshot()
        self._point_to(self._current)

    @property
    def snapshot(self) -> Snapshot:
        """The newest snapshot: what queries should read."""
        with self._state_lock:
            return self._current

    def write(self, action: Callable[[Store], T]) -> T:
        """Run ``action`` on the writable store, alone, then publish a fresh snapshot (once
        :attr:`before_publish` has prepared it: the write returns after that)."""
        with self._write_lock:
            try:
                return action(self.store)
            finally:
                # Published even when the action failed half way: a pyoxigraph update is one
                # transaction, but an ingest of several documents may have stored some. An
                # action that wrote nothing (the store's version did not move: dropping a
                # graph that does not exist) leaves the published snapshot as it is.
                if self.store.version != self.snapshot.version:
                    self._publish(self._make_snapshot())

    def _publish(self, snapshot: Snapshot) -> None:
        """Prepare ``snapshot`` (the owner's queries read it already), then point readers in
        other processes at it."""
        with self._state_lock:
            previous, self._current = self._current, snapshot
        try:
            if self.before_publish is not None:
                self.before_publish(snapshot)
        finally:  # published even if preparing failed: readers must see the write
            self._point_to(snapshot)
            # Other processes read the previous snapshot until now, however long it took to
            # prepare this one: its retention starts here.
            with self._state_lock:
                self._superseded.append((time.monotonic(), previous.path))
            self.collect()
        if self.await_readers is not None:
            self.await_readers()
        if self.after_publish is not None:
            self.after_publish(snapshot)

    def collect(self, now: float | None = None) -> None:
        """Delete the snapshots superseded more than ``retain_s`` before ``now`` (default: the
        present; runs after every write)."""
        horizon = (time.monotonic() if now is None else now) - self.retain_s
        with self._state_lock:
            expired = [path for when, path in self._superseded if when <= horizon]
            self._superseded = [entry for entry in self._superseded if entry[0] > horizon]
        for path in expired:
            shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        """Delete every snapshot (call after the readers are stopped)."""
        self._published.close()
        if self._own_dir:
            shutil.rmtree(self.directory, ignore_errors=True)
        else:
            for path in self.directory.glob("snapshot-*"):
                shutil.rmtree(path, ignore_errors=True)
            (self.directory / POINTER).unlink(missing_ok=True)
            (self.directory / COUNTER).unlink(missing_ok=True)

    def _point_to(self, snapshot: Snapshot) -> None:
        """Replace the pointer file in one step, so a reader never sees half of it."""
        draft = self.directory / f".{POINTER}-{os.getpid()}"
        draft.write_text(f"{snapshot.path.name}\n{snapshot.version}\n", encoding="utf-8")
        os.replace(draft, self.directory / POINTER)
        COUNTER_FORMAT.pack_into(self._published, 0, self._counter)  # after the pointer

    def _make_snapshot(self) -> Snapshot:
        self._counter += 1
        version = self.store.version
        target = self.directory / f"snapshot-{self._counter:012d}"
        if isinstance(self.store, EmbeddedStore) and self.store.path is not None:
            self.store.backup(target)
        else:
            buffer = io.BytesIO()
            self.store.dump(buffer, RdfFormat.N_QUADS)
            copy = OxStore(str(target))
            copy.bulk_load(buffer.getvalue(), format=RdfFormat.N_QUADS)
            copy.flush()
            del copy  # closes RocksDB so that readers see a finished folder
        return Snapshot(target, version)
