"""The reading side of the snapshots: a serving process of ``dkg serve`` keeps the newest one
open and moves to the next as soon as a write has published it.

The writer (:class:`~dkg.service.dataset.ServedDataset`, in another process) counts published
snapshots in a small file that every reader maps into memory, so checking for a new version
before each query is one memory read; only when the count moved does the reader read the
pointer file and open the new snapshot.

Opening one costs 17-29 ms of CPU (39-52 ms wall) at 10^6 triples, which the first request
after a write paid when it did the opening. Under ``dkg serve`` the owner tells each serving
process of a new snapshot and acknowledges the write once they have opened it
(:mod:`dkg.service.snapshot_notices`), so requests find it open; a process that did not
answer in time still opens it at its next request, and :attr:`SnapshotReader.opened_by_requests`
counts those.
"""

from __future__ import annotations

import mmap
import threading
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import NamedNode, RdfFormat, Triple, serialize
from pyoxigraph import Store as OxStore

from dkg.service.dataset import COUNTER, COUNTER_FORMAT, POINTER, Snapshot
from dkg.service.errors import StoreUnavailable


class SnapshotStore:
    """The reads the routes make outside SPARQL (graph names, the dump), on one snapshot,
    with the same answers as :class:`~dkg.service.store.embedded.EmbeddedStore` gives."""

    def __init__(self, store: OxStore) -> None:
        """Wrap an open read-only snapshot."""
        self.store = store

    def graph_names(self) -> list[NamedNode]:
        """All named graphs, sorted by IRI."""
        names = [g for g in self.store.named_graphs() if isinstance(g, NamedNode)]
        return sorted(names, key=lambda g: g.value)

    def dump(self, output: BinaryIO, format: RdfFormat) -> None:
        """Write the data; graph formats get the union of all named graphs."""
        if format.supports_datasets:
            self.store.dump(output, format=format)
            return
        serialize((Triple(q.subject, q.predicate, q.object) for q in self.store), output, format)


class SnapshotReader:
    """The newest snapshot in a folder a :class:`~dkg.service.dataset.ServedDataset` publishes
    to, opened read-only."""

    def __init__(self, directory: Path) -> None:
        """Open the newest snapshot in ``directory``.

        Raises:
            StoreUnavailable: the folder has no published snapshot (the writer is not running).
        """
        self.directory = directory
        try:
            with (directory / COUNTER).open("rb") as file:
                self._published = mmap.mmap(file.fileno(), COUNTER_FORMAT.size, prot=mmap.PROT_READ)
        except (OSError, ValueError) as error:
            raise StoreUnavailable(
                f"no snapshot published in {directory} ({error}); start the service with "
                "`dkg serve`, which publishes one before it starts its serving processes"
            ) from None
        self._lock = threading.Lock()
        # (count seen, snapshot, store), replaced whole so that a reader in another thread
        # never pairs one snapshot's version with another's store.
        self._open: tuple[int, Snapshot, OxStore] | None = None
        self.opened_by_requests = 0
        """How many requests found a newly published snapshot unopened (and opened it, or
        waited while another thread did): none when every write's notice came first."""
        self.open_published()

    def current(self) -> tuple[Snapshot, OxStore]:
        """The newest snapshot and the store open on it (opened here, on the caller's time,
        when a write published one that :meth:`open_published` has not opened yet)."""
        published: int = COUNTER_FORMAT.unpack_from(self._published)[0]
        opened = self._open
        if opened is None or opened[0] != published:
            opened = self._open_newest(by_request=True)
        return opened[1], opened[2]

    def open_published(self) -> Snapshot:
        """Open the newest published snapshot now, before a request asks for it, and return
        it (nothing to do when it is open already)."""
        return self._open_newest(by_request=False)[1]

    def _open_newest(self, *, by_request: bool) -> tuple[int, Snapshot, OxStore]:
        """The newest snapshot, opened. A request that found it unopened is counted, whether
        it opens it or waits here for another thread that is opening it."""
        with self._lock:
            if by_request:
                self.opened_by_requests += 1
            published: int = COUNTER_FORMAT.unpack_from(self._published)[0]
            opened = self._open
            if opened is not None and opened[0] == published:
                return opened
            name, version = (self.directory / POINTER).read_text("utf-8").split("\n")[:2]
            path = self.directory / name
            opened = (published, Snapshot(path, version), OxStore.read_only(str(path)))
            self._open = opened
            return opened

    @property
    def snapshot(self) -> Snapshot:
        """The newest snapshot (its version keys ETags and caches)."""
        return self.current()[0]

    @property
    def store(self) -> SnapshotStore:
        """The newest snapshot, for the reads routes make outside SPARQL."""
        return SnapshotStore(self.current()[1])

    def close(self) -> None:
        """Stop mapping the counter and let the open snapshot go."""
        self._open = None
        self._published.close()
