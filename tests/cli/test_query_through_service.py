"""`dkg query` while `dkg serve` owns the store: the same answers and messages as without it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, Triple, parse

from tests.support import free_port, write_rdf_document

DKG = [sys.executable, "-m", "dkg.cli.main"]
GRAPH_QUERY = "CONSTRUCT { ?s <http://example.org/p> ?o } WHERE { ?s <http://example.org/p> ?o }"
PRINTED_AS = {"table": RdfFormat.TURTLE, "json": RdfFormat.JSON_LD, "csv": RdfFormat.N_TRIPLES}


def _dkg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DKG, *map(str, args)], capture_output=True, text=True, timeout=120, check=False
    )


def _stored(tmp: Path, name: str, triples: int) -> tuple[Path, set[Triple]]:
    """A store holding one ingested document, and the document's own triples."""
    document = write_rdf_document(tmp / f"{name}.nt", triples)
    store = tmp / name
    done = _dkg("ingest", document, "--store", store)
    assert done.returncode == 0, done.stderr
    return store, set(parse(path=str(document), format=RdfFormat.N_TRIPLES))


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return bool(response.status == 200)
    except OSError:
        return False


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, set[Triple]]]:
    """`dkg serve` on 127.0.0.1 over a store of one document: the store and its triples."""
    store, triples = _stored(tmp_path_factory.mktemp("served"), "store", 3)
    port = free_port()
    env = {**os.environ, "DKG_SERVING_PROCESSES": "1"}
    server = subprocess.Popen(
        [*DKG, "serve", "--store", str(store), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not _answers(f"http://127.0.0.1:{port}/health"):
            assert server.poll() is None, "dkg serve ended"
            assert time.monotonic() < deadline, "dkg serve did not start"
            time.sleep(0.3)
        assert json.loads((store / "dkg-serve.json").read_text())["pid"] == server.pid
        yield store, triples
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)


@pytest.mark.slow
@pytest.mark.parametrize("output_format", sorted(PRINTED_AS))
def test_query_through_service_prints_graph_answers_in_every_format(
    served: tuple[Path, set[Triple]], output_format: str
) -> None:
    store, triples = served
    done = _dkg("query", GRAPH_QUERY, "--store", store, "--format", output_format)
    assert done.returncode == 0, done.stderr
    printed = parse(done.stdout.encode(), format=PRINTED_AS[output_format])
    assert set(printed) == triples


@pytest.mark.slow
def test_query_through_service_shows_the_parsers_message(
    served: tuple[Path, set[Triple]], tmp_path: Path
) -> None:
    unserved, _ = _stored(tmp_path, "unserved", 1)
    broken = "SELECT ?s WHERE { ?s ?p "
    through_service = _dkg("query", broken, "--store", served[0])
    opened_here = _dkg("query", broken, "--store", unserved)
    assert through_service.returncode == opened_here.returncode == 2
    assert "does not parse" in opened_here.stderr
    assert through_service.stderr == opened_here.stderr


@pytest.mark.slow
@pytest.mark.parametrize("output_format", sorted(PRINTED_AS))
def test_query_through_service_prints_ask_answers_as_without_it(
    served: tuple[Path, set[Triple]], tmp_path: Path, output_format: str
) -> None:
    unserved, _ = _stored(tmp_path, "unserved", 1)
    ask = "ASK { ?s <http://example.org/p> ?o }"
    through_service = _dkg("query", ask, "--store", served[0], "--format", output_format)
    opened_here = _dkg("query", ask, "--store", unserved, "--format", output_format)
    assert through_service.returncode == opened_here.returncode == 0
    assert through_service.stdout == opened_here.stdout
    assert "true" in opened_here.stdout
