"""Queries read snapshots: consistent states of the store published after each write, beside
an on-disk store (hard links), followed by readers in other processes, and removed once no
query can still be reading them."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Triple

from dkg.service.dataset import ServedDataset, Snapshot
from dkg.service.query_runner import QueryRunner
from dkg.service.results import SelectResult
from dkg.service.snapshot_reader import SnapshotReader
from dkg.service.store.base import Store
from dkg.service.store.embedded import EmbeddedStore

GRAPH = NamedNode("http://example.org/graph/versioned")
VERSIONS = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?v) AS ?versions) WHERE { ?s ?p ?v }"


def graph_at(version: int, size: int = 200) -> list[Triple]:
    """``size`` triples that all carry the same version number."""
    return [
        Triple(
            NamedNode(f"http://example.org/s{i}"),
            NamedNode("http://example.org/v"),
            Literal(str(version)),
        )
        for i in range(size)
    ]


def test_snapshots_on_disk_store_is_snapshotted_beside_it(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(GRAPH, graph_at(0))
    dataset = ServedDataset(store, query_timeout_s=30)
    try:
        assert dataset.directory == tmp_path / "store.snapshots"
        first = dataset.snapshot
        dataset.write(lambda s: s.replace_graph(GRAPH, graph_at(1)))
        assert dataset.snapshot.path != first.path
        assert dataset.snapshot.version != first.version
        # A query that started on the first snapshot may still read it for a while...
        assert first.path.exists()
        # ...but not two time limits later.
        dataset.collect(now=time.monotonic() + dataset.retain_s)
        names = [p.name for p in dataset.directory.glob("snapshot-*")]
        assert names == [dataset.snapshot.path.name]
    finally:
        dataset.close()
        store.close()
    assert not (tmp_path / "store.snapshots").exists()


def test_snapshots_queries_never_see_half_a_write(tmp_path: Path) -> None:
    """While a writer keeps replacing a graph, every query sees one whole version of it."""
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(GRAPH, graph_at(0))
    dataset = ServedDataset(store, query_timeout_s=30)
    runner = QueryRunner(dataset, workers=2, timeout_s=30, max_rows=10)
    runner.start()
    stop = threading.Event()

    def write() -> None:
        version = 0
        while not stop.is_set():
            version += 1

            def replace(s: Store, v: int = version) -> None:
                s.replace_graph(GRAPH, graph_at(v))

            dataset.write(replace)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        seen: set[str] = set()
        deadline = time.monotonic() + 20
        while len(seen) < 5 and time.monotonic() < deadline:
            result = runner.run(VERSIONS)
            assert isinstance(result, SelectResult)
            [row] = list(result)
            assert (row["n"].value, row["versions"].value) == ("200", "1")  # type: ignore[union-attr]
            seen.add(dataset.snapshot.version)
        assert len(seen) == 5  # the writer did publish new snapshots meanwhile
    finally:
        stop.set()
        writer.join()
        runner.close()
        dataset.close()
        store.close()


def test_snapshots_reader_follows_each_write(tmp_path: Path) -> None:
    """A serving process's reader moves to the snapshot a write publishes at its next read."""
    store = EmbeddedStore(tmp_path / "store")
    dataset = ServedDataset(store, query_timeout_s=30)
    reader = SnapshotReader(dataset.directory)
    try:
        assert reader.snapshot.version == dataset.snapshot.version
        assert reader.store.graph_names() == []
        dataset.write(lambda s: s.replace_graph(GRAPH, graph_at(1, size=3)))
        assert reader.snapshot == dataset.snapshot
        assert reader.store.graph_names() == [GRAPH]
    finally:
        reader.close()
        dataset.close()
        store.close()


def test_snapshots_readers_keep_the_previous_one_while_the_next_is_prepared(
    tmp_path: Path,
) -> None:
    """Until a new snapshot is prepared, readers in other processes stay on the previous one,
    which is then kept for the whole retention time from the moment they leave it."""
    store = EmbeddedStore(tmp_path / "store")
    dataset = ServedDataset(store, query_timeout_s=1)
    reader = SnapshotReader(dataset.directory)
    previous = dataset.snapshot
    seen_while_preparing: list[tuple[bool, Snapshot]] = []

    def prepare(snapshot: Snapshot) -> None:
        seen_while_preparing.append((dataset.snapshot == snapshot, reader.snapshot))
        time.sleep(0.3)

    dataset.before_publish = prepare
    try:
        dataset.write(lambda s: s.replace_graph(GRAPH, graph_at(1, size=3)))
        published = time.monotonic()
        # The owner's own queries read the new snapshot; readers elsewhere still the old one.
        assert seen_while_preparing == [(True, previous)]
        assert reader.snapshot == dataset.snapshot
        dataset.collect(now=published + dataset.retain_s - 0.2)
        assert previous.path.exists()
        dataset.collect(now=published + dataset.retain_s + 0.1)
        assert not previous.path.exists()
    finally:
        reader.close()
        dataset.close()
        store.close()


def test_snapshots_a_write_that_changes_nothing_publishes_nothing(tmp_path: Path) -> None:
    """Dropping a graph that does not exist leaves readers (and their warm answers) where
    they are, instead of pointing them at an identical snapshot to prepare again."""
    store = EmbeddedStore(tmp_path / "store")
    dataset = ServedDataset(store, query_timeout_s=30)
    prepared: list[Snapshot] = []
    dataset.before_publish = prepared.append
    before = dataset.snapshot
    try:
        assert dataset.write(lambda s: s.drop_graph(GRAPH)) is False
        assert dataset.snapshot == before
        assert prepared == []
        dataset.write(lambda s: s.replace_graph(GRAPH, graph_at(1, size=3)))
        assert prepared == [dataset.snapshot] != [before]
    finally:
        dataset.close()
        store.close()
