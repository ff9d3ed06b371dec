"""The default backend: pyoxigraph's embedded store, in memory or on disk (RocksDB)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    NamedNode,
    RdfFormat,
    Triple,
    serialize,
)
from pyoxigraph import Store as OxStore

from dkg.service.query_policy import declares_dataset
from dkg.service.store.base import QueryResult, StoreCorrupted, StoreError, StoreLocked

_LOCK_HINTS = ("lock", "Resource temporarily unavailable", "already in use")
FLUSH_EVERY_BYTES = 16 << 20
"""Flush RocksDB's memtables after this much N-Triples has been written. Left alone they grew
the writer to about 1 GB over 5,000 documents (1.1 million quads). The size trades the
memtable's insert cost (a skip list: the bigger, the more cache misses per key) against
compaction (each flush adds a level-0 file, and merging them rewrites level 1, whose keys are
hashes spread over the whole range). Writer CPU (its RocksDB threads included) storing 5,000
documents in ingest's batches, flushing every 8 / 16 / 32 / 64 MB: 1.05 / 1 / 0.98 / 1.06, peak
RSS of that process 337 / 382 / 461 / 642 MB (a busy machine, so roughly): 16 MB takes most of
the gain for little memory."""


class EmbeddedStore:
    """A pyoxigraph store opened by this process, the only writer.

    RocksDB lets one process open a folder for writing; a second one gets :class:`StoreLocked`
    with a message saying how to reach the data anyway (through the running service).
    """

    def __init__(self, path: Path | None = None) -> None:
        """Open (creating if needed) the store at ``path``, or an in-memory store for None.

        Raises:
            StoreLocked: another process holds the store.
            StoreCorrupted: the folder holds something that is not a store.
        """
        self.path = path
        if path is None:
            self._store = OxStore()
        else:
            path.mkdir(parents=True, exist_ok=True)
            try:
                self._store = OxStore(str(path))
            except OSError as error:
                text = str(error)
                if any(hint in text for hint in _LOCK_HINTS):
                    raise StoreLocked(
                        f"the store {path} is in use by another process (is `dkg serve` running?)"
                    ) from error
                raise StoreCorrupted(f"cannot open the store {path}: {text}") from error
        # The service is the single writer, so a per-process counter plus a random start
        # token is enough to tell two states of the data apart.
        self._epoch = uuid.uuid4().hex[:12]
        self._writes = 0
        self._unflushed = 0

    @staticmethod
    def holds_store(path: Path) -> bool:
        """Whether ``path`` is a folder RocksDB has made a store in (it writes ``CURRENT`` when it
        creates one), so that commands can refuse a folder of someone's other files instead of
        filling it with database files."""
        return (path / "CURRENT").is_file()

    @property
    def version(self) -> str:
        """Changes on every write made through this object."""
        return f"{self._epoch}-{self._writes}"

    def query(
        self,
        sparql: str,
        *,
        default_graph: Sequence[NamedNode] | None = None,
        named_graphs: Sequence[NamedNode] | None = None,
    ) -> QueryResult:
        """Run a SPARQL query; the default graph is the union of all graphs unless the call or
        the query's own FROM / FROM NAMED clauses give a dataset."""
        named: list[NamedNode | BlankNode] | None = None
        if named_graphs is not None:
            named = list(named_graphs)
        if default_graph is None:
            union = named is None and not declares_dataset(sparql)
            return self._store.query(sparql, use_default_graph_as_union=union, named_graphs=named)
        default: list[NamedNode | BlankNode | DefaultGraph] = list(default_graph)
        return self._store.query(sparql, default_graph=default, named_graphs=named)

    def replace_graph(self, graph_name: NamedNode, triples: Iterable[Triple]) -> int:
        """Replace one named graph atomically; returns the number of triples given."""
        items = list(triples)
        self.replace_graphs([(graph_name, serialize(items, format=RdfFormat.N_TRIPLES) or b"")])
        return len(items)

    def replace_graphs(self, graphs: Sequence[tuple[NamedNode, bytes]]) -> None:
        """Replace several named graphs in one transaction, parsing their N-Triples in Rust.

        pyoxigraph makes ``load`` and ``update`` atomic (``bulk_load`` is not). New graphs go
        in with one ``load`` of a TriG text (N-Triples is valid inside a TriG graph block);
        replacing a graph must delete and insert in one transaction, which pyoxigraph offers
        only through a single SPARQL update.

        ``load`` reads the texts leniently (it does not check their IRIs again): ingest's texts
        are written by pyoxigraph's serializer from terms whose IRIs were checked when they
        were made, and checking them again took half of the writer's parsing (0.2 ms of CPU
        per document). A text that is not N-Triples is still refused.
        """
        names = [name for name, _ in graphs]
        if len(set(names)) != len(names):
            raise ValueError("each graph may appear once in a batch; store repeats separately")
        self._writes += 1
        existing = [name for name in names if self._store.contains_named_graph(name)]
        if not existing:
            trig = b"".join(b"%s {\n%s}\n" % (str(name).encode(), body) for name, body in graphs)
            self._store.load(trig, format=RdfFormat.TRIG, lenient=True)
        else:
            drops = "".join(f"DROP SILENT GRAPH {name} ;\n" for name in existing)
            inserts = "".join(f"GRAPH {name} {{\n{body.decode()}}}\n" for name, body in graphs)
            self._store.update(f"{drops}INSERT DATA {{\n{inserts}}}")
        self._unflushed += sum(len(body) for _, body in graphs)
        if self._unflushed >= FLUSH_EVERY_BYTES:
            self.flush()

    def drop_graph(self, graph_name: NamedNode) -> bool:
        """Remove a named graph; returns whether it existed."""
        if not self._store.contains_named_graph(graph_name):
            return False
        self._writes += 1
        self._store.remove_graph(graph_name)
        return True

    def graph_names(self) -> list[NamedNode]:
        """All named graphs, sorted by IRI."""
        names = [g for g in self._store.named_graphs() if isinstance(g, NamedNode)]
        return sorted(names, key=lambda g: g.value)

    def dump(self, output: BinaryIO, format: RdfFormat) -> None:
        """Write the data; graph formats get the union of all named graphs."""
        if format.supports_datasets:
            self._store.dump(output, format=format)
            return
        triples = (Triple(q.subject, q.predicate, q.object) for q in self._store)
        serialize(triples, output, format=format)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update in one transaction (used by the service's update endpoint).

        Raises:
            SyntaxError: the update does not parse.
        """
        self._writes += 1
        self._store.update(sparql)

    def backup(self, target: Path) -> None:
        """Write a consistent copy of an on-disk store to the new folder ``target`` (hard links
        when on the same file system); the service's query workers read such copies.

        Raises:
            StoreError: the store is in memory (dump it instead).
        """
        if self.path is None:
            raise StoreError("an in-memory store has no on-disk backup; use dump() instead")
        self._store.backup(str(target))

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        """Write buffered data to disk (used before handing the folder to another reader)."""
        self._store.flush()
        self._unflushed = 0

    def close(self) -> None:
        """Release the store (and its lock) now rather than at garbage collection."""
        self._store.flush()
        del self._store
