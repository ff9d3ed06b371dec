"""The reading side of the snapshots: a serving process of ``dkg serve`` keeps the newest one
open and moves to the next as soon as a write has published it.

The writer (:class:`~dkg.service.dataset.ServedDataset`, in another process) counts published
snapshots in a small file that every reader maps into memory, so checking for a new version
before each query is one memory read; only when the count moved does the reader read the
pointer file and open the new snapshot (a few milliseconds, once per write).
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
        self.current()

    def current(self) -> tuple[Snapshot, OxStore]:
        """The newest snapshot and the store open on it (reopened when a write published a new
        one since the last call)."""
        published: int = COUNTER_FORMAT.unpack_from(self._published)[0]
        opened = self._open
        if opened is None or opened[0] != published:
            with self._lock:
                opened = self._open
                if opened is None or opened[0] != published:
                    name, version = (self.directory / POINTER).read_text("utf-8").split("\n")[:2]
                    path = self.directory / name
                    opened = (published, Snapshot(path, version), OxStore.read_only(str(path)))
                    self._open = opened
        return opened[1], opened[2]

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
