"""A query that parses but fails while it runs gets one line saying why, not a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.support import RunDkg, free_port, write_rdf_document


def test_query_failures_a_failing_service_call_is_one_line(run_dkg: RunDkg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert (
        run_dkg("ingest", write_rdf_document(tmp_path / "doc.nt", 2), "--store", store).returncode
        == 0
    )
    silent = f"http://127.0.0.1:{free_port()}/sparql"
    done = run_dkg("query", f"SELECT * {{ SERVICE <{silent}> {{ ?s ?p ?o }} }}", "--store", store)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("dkg query: the query failed while running: ")
    assert "Traceback" not in done.stderr
