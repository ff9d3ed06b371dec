"""The quads both servers of service_load serve: the ingested sample corpus or the generated graph.

Our store and the N-Quads file Oxigraph server loads hold the same data; everything is kept in
the work folder between runs, as building it is most of a run's time at a million triples.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Final

from bench.canned import prepare
from bench.service_load_servers import tool
from dkg.loaders.gold import load_gold

REPO: Final = Path(__file__).resolve().parents[1]


def dkg(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run a `dkg` command with this interpreter (the checkout's, whatever the PATH)."""
    return subprocess.run(
        [sys.executable, "-m", "dkg.cli.main", *args], capture_output=True, check=False
    )


def prepare_corpus(work: Path) -> tuple[Path, Path]:
    """Our store with the sample documents ingested, and the same quads as N-Quads.

    Ingested with `dkg ingest` (not bulk-loaded) so the data is exactly what users get; the
    documents rejected by validation are left out of both servers alike.
    """
    store, quads = work / "store", work / "data.nq"
    if not quads.exists():
        gold = load_gold(REPO / "samples" / "gold.json")
        ingest = dkg("ingest", *map(str, gold.document_paths()), "--store", str(store))
        if ingest.returncode not in (0, 1):  # 1: some document rejected, the rest stored
            raise RuntimeError(f"dkg ingest failed: {ingest.stderr.decode()[-2000:]}")
        export = dkg("export", "--format", "nquads", "--store", str(store))
        if export.returncode != 0:
            raise RuntimeError(f"dkg export failed: {export.stderr.decode()[-2000:]}")
        quads.write_bytes(export.stdout)
    return store, quads


def prepare_generated(work: Path, triples: int) -> tuple[Path, Path]:
    """Our store bulk-loaded with the generated graph (as bench.canned does), and the file.

    At a million triples `dkg ingest` would spend minutes validating shapes that the generator
    meets by construction, so both servers load the generated file directly.
    """
    return prepare(work, triples), work / "graph.nq"


def oxigraph_store(quads: Path, location: Path) -> Path:
    """Oxigraph server's own store, loaded from the same N-Quads by its own CLI."""
    if not location.exists():
        cli = tool("oxigraph", "pip install '.[bench]' (or `make bench`)")
        subprocess.run(
            [cli, "load", "--location", str(location), "--file", str(quads)],
            check=True,
            capture_output=True,
        )
    return location
