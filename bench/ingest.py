"""`dkg ingest` against pyoxigraph's own bulk loader, on the same files in the same run.

(a) 2,000 small document graphs (one N-Triples file each, the shape of real extractions) and
(b) one file of about a million quads. The reference is ``pyoxigraph.Store.bulk_load``, which
skips validation and transactions: the ratio shows what validation and atomic per-document
replacement cost.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from pyoxigraph import RdfFormat
from pyoxigraph import Store as OxStore

from bench.corpus import copies
from dkg.cli.ingest import ingest_paths
from dkg.ontology.document_names import graph_name_for
from dkg.service.store.embedded import EmbeddedStore

SMALL_DOCUMENTS = 2000
LARGE_QUADS = 1_000_000


def _write_small(folder: Path) -> tuple[int, int]:
    folder.mkdir()
    quads = 0
    for name, body in copies(SMALL_DOCUMENTS):
        (folder / f"{name}.nt").write_text(body, encoding="utf-8")
        quads += body.count("\n")
    return SMALL_DOCUMENTS, quads


def _write_large(path: Path) -> int:
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for _, body in copies(10**9):
            out.write(body)
            written += body.count("\n")
            if written >= LARGE_QUADS:
                return written
    return written


def _reference(files: list[Path], target: Path) -> float:
    store = OxStore(str(target))
    started = time.perf_counter()
    for path in files:
        store.bulk_load(
            path=str(path), format=RdfFormat.N_TRIPLES, to_graph=graph_name_for(path.stem)
        )
    store.flush()
    return time.perf_counter() - started


def _ours(paths: list[Path], target: Path) -> tuple[float, dict[str, float]]:
    store = EmbeddedStore(target)
    started = time.perf_counter()
    report = ingest_paths(store, paths)
    store.flush()
    elapsed = time.perf_counter() - started
    if report.rejected:
        raise SystemExit(f"benchmark data was rejected: {report.rejected[0]}")
    return elapsed, dict(report.seconds)


def run() -> str:
    """Run both cases and return the report."""
    lines = ["ingest (dkg ingest vs pyoxigraph bulk_load, same files, same run)"]
    with tempfile.TemporaryDirectory(prefix="dkg-bench-") as tmp:
        root = Path(tmp)
        docs, quads = _write_small(root / "small")
        files = sorted((root / "small").iterdir())
        ref = _reference(files, root / "ref-small")
        ours, phases = _ours([root / "small"], root / "ours-small")
        lines.append(
            f"  (a) {docs} documents, {quads} quads: dkg {docs / ours:,.0f} docs/s, "
            f"bulk_load {docs / ref:,.0f} docs/s, ratio {ref / ours:.2f}"
        )
        lines.append("      summed per phase (workers in parallel): " + _phases(phases))
        big = root / "large.nt"
        count = _write_large(big)
        ref = _reference([big], root / "ref-large")
        ours, phases = _ours([big], root / "ours-large")
        lines.append(
            f"  (b) one file, {count:,} quads: dkg {count / ours:,.0f} quads/s, "
            f"bulk_load {count / ref:,.0f} quads/s, ratio {ref / ours:.2f}"
        )
        lines.append("      per phase: " + _phases(phases))
    return "\n".join(lines)


def _phases(phases: dict[str, float]) -> str:
    return ", ".join(f"{name} {seconds:.2f} s" for name, seconds in phases.items())


if __name__ == "__main__":
    print(run())
