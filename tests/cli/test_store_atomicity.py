"""A document graph is replaced as one unit, even under concurrent reads or a killed process."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Triple

from dkg.service.store.embedded import EmbeddedStore
from tests.support import write_rdf_document


def _triples(count: int, tag: str) -> list[Triple]:
    p = NamedNode("http://example.org/p")
    return [
        Triple(NamedNode(f"http://example.org/s{i}"), p, Literal(f"{tag}{i}")) for i in range(count)
    ]


def test_store_reader_sees_old_or_new_graph_never_a_mix(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    graph = NamedNode("http://example.org/graph/doc")
    store.replace_graph(graph, _triples(3000, "old"))
    seen: set[tuple[int, int]] = set()
    stop = threading.Event()
    query = (
        "SELECT (SUM(IF(STRSTARTS(?o, 'old'), 1, 0)) AS ?old) "
        "(SUM(IF(STRSTARTS(?o, 'new'), 1, 0)) AS ?new) "
        f"WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
    )

    def read() -> None:
        while not stop.is_set():
            row = next(iter(store.query(query)))  # type: ignore[call-overload]
            seen.add((int(row["old"].value), int(row["new"].value)))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for round_ in range(6):
            store.replace_graph(
                graph, _triples(5000, "new") if round_ % 2 == 0 else _triples(3000, "old")
            )
    finally:
        stop.set()
        reader.join()
    assert seen <= {(3000, 0), (0, 5000)}
    assert len(seen) >= 1


@pytest.mark.slow
def test_store_killed_ingest_leaves_each_document_whole_or_absent(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    sizes = {f"doc{i:03d}": 5_000 for i in range(120)}
    for name, size in sizes.items():
        write_rdf_document(docs / f"{name}.nt", size)
    store_path = tmp_path / "store"
    # The progress bar (on a pseudo-terminal) tells when some documents are stored, so the
    # kill lands in the middle of the run however fast the machine is.
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    command = [
        sys.executable,
        "-m",
        "dkg.cli.main",
        "ingest",
        str(docs),
        "--store",
        str(store_path),
    ]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=follower) as child:
        os.close(follower)
        seen = b""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            seen += os.read(leader, 4096)
            done = [int(n) for n in re.findall(rb"(\d+)/120", seen)]
            if done and max(done) >= 5:
                break
        workers = _descendants(child.pid)
        child.send_signal(signal.SIGKILL)
        child.wait()
    os.close(leader)
    # The workers (and their forkserver) do not outlive the ingest by more than a few seconds.
    deadline = time.monotonic() + 30
    while workers & _running(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert workers, "the ingest ran no worker processes"
    assert not _running(workers), f"processes left behind by the killed ingest: {workers}"

    store = EmbeddedStore(store_path)
    counts = {
        row["g"].value.rsplit("/", 1)[1]: int(row["n"].value)
        for row in store.query(  # type: ignore[union-attr]
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        )
    }
    assert len(counts) >= 4, "the kill came before anything was stored"
    assert len(counts) < len(sizes), "the ingest finished before it could be interrupted"
    for name, count in counts.items():
        assert count == sizes[name] + 3, f"{name} is partial: {count} triples"


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid``, from the parent ids in /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def _running(pids: set[int]) -> set[int]:
    """Those of ``pids`` that still run (a zombie has ended)."""
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive
