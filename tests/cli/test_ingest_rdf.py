"""`dkg ingest` of RDF files: one named graph per document, replaced whole on re-ingest."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import RunDkg, write_rdf_document

COUNT_PER_GRAPH = (
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
)


def graph_counts(run_dkg: RunDkg, store: Path) -> dict[str, int]:
    done = run_dkg("query", COUNT_PER_GRAPH, "--store", store, "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["results"]["bindings"]
    return {r["g"]["value"].rsplit("/", 1)[1]: int(r["n"]["value"]) for r in rows}


def test_ingest_stores_each_rdf_syntax_as_its_own_graph(run_dkg: RunDkg, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    write_rdf_document(docs / "alpha.nt", 5)
    (docs / "beta.ttl").write_text(
        '@prefix ex: <http://example.org/> .\nex:a ex:p "one" ; ex:q "two" .\n', encoding="utf-8"
    )
    (docs / "gamma.jsonld").write_text(
        json.dumps({"@id": "http://example.org/c", "http://example.org/p": "three"}),
        encoding="utf-8",
    )
    store = tmp_path / "store"
    done = run_dkg("ingest", docs, "--store", store)
    assert done.returncode == 0, done.stderr
    assert "stored 3 document(s)" in done.stderr
    counts = graph_counts(run_dkg, store)
    # each graph also holds the three-triple record of its document (type, name, hash)
    assert counts == {"alpha": 5 + 3, "beta": 2 + 3, "gamma": 1 + 3}


def test_ingest_again_replaces_the_graph_without_duplicates(
    run_dkg: RunDkg, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    doc = write_rdf_document(tmp_path / "report.nt", 50)
    assert run_dkg("ingest", doc, "--store", store).returncode == 0
    assert run_dkg("ingest", doc, "--store", store).returncode == 0
    assert graph_counts(run_dkg, store) == {"report": 53}

    write_rdf_document(doc, 7, tag="new")
    assert run_dkg("ingest", doc, "--store", store).returncode == 0
    assert graph_counts(run_dkg, store) == {"report": 10}
    old = run_dkg("query", 'ASK { ?s ?p "v 1" }', "--store", store, "--format", "json")
    assert json.loads(old.stdout)["boolean"] is False


def test_ingest_restores_an_nquads_export(run_dkg: RunDkg, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for name, size in [("one", 3), ("two", 4)]:
        write_rdf_document(tmp_path / f"{name}.nt", size)
        assert run_dkg("ingest", tmp_path / f"{name}.nt", "--store", first).returncode == 0
    for fmt, ext in [("nquads", "nq"), ("trig", "trig")]:
        exported = run_dkg("export", "--store", first, "--format", fmt)
        assert exported.returncode == 0, exported.stderr
        dump = tmp_path / f"export.{ext}"
        dump.write_text(exported.stdout, encoding="utf-8")
        target = second / fmt
        assert run_dkg("ingest", dump, "--store", target).returncode == 0
        assert graph_counts(run_dkg, target) == graph_counts(run_dkg, first)
        again = run_dkg("export", "--store", target, "--format", "nquads").stdout
        original = run_dkg("export", "--store", first, "--format", "nquads").stdout
        assert sorted(again.splitlines()) == sorted(original.splitlines())


def test_export_turtle_is_the_union_of_documents(run_dkg: RunDkg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_rdf_document(tmp_path / "a.nt", 2)
    run_dkg("ingest", tmp_path / "a.nt", "--store", store)
    turtle = run_dkg("export", "--store", store, "--format", "turtle")
    assert turtle.returncode == 0
    assert "<http://example.org/a/s1>" in turtle.stdout
    assert "GRAPH" not in turtle.stdout and "{" not in turtle.stdout


def test_ingest_folder_skips_readme_files(run_dkg: RunDkg, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_rdf_document(folder / "one.nt", 2)
    (folder / "README.md").write_text("# About this corpus\nCollected in 2024.\n", encoding="utf-8")
    store = tmp_path / "store"
    done = run_dkg("ingest", folder, "--store", store)
    assert done.returncode == 0, done.stderr
    assert graph_counts(run_dkg, store) == {"one": 5}
