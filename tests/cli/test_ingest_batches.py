"""Ingest stores several documents per transaction, yet each document is stored whole or not
at all: a bad document in a batch costs the others nothing and is named in its rejection."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import QuerySolutions

from dkg.cli.ingest import Prepared, Stored, ingest_paths, store_batch
from dkg.loaders.graph import DocumentError
from dkg.service.store.embedded import EmbeddedStore
from tests.support import write_rdf_document

RECORD = 3
"""Triples every RDF document gets besides its own: the document's type, name and hash."""
NOT_CONFORMING = (
    "@prefix dip: <https://w3id.org/diplomatic-kg/ontology#> .\n"
    "<http://example.org/evidence/1> a dip:Evidence .\n"
)


def _counts(store: EmbeddedStore) -> dict[str, int]:
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert isinstance(rows, QuerySolutions)
    return {r["g"].value.rsplit("/", 1)[1]: int(r["n"].value) for r in rows}  # type: ignore[union-attr]


def _prepared(name: str, body: bytes, triples: int) -> Prepared:
    return Prepared(name, f"{name}.nt", body, triples, (), {})


def test_ingest_batch_with_bad_documents_stores_the_good_ones(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(20):  # enough files for worker processes, fewer than one batch
        write_rdf_document(docs / f"doc{i:02d}.nt", 4)
    (docs / "doc05.ttl").write_text(NOT_CONFORMING, encoding="utf-8")
    (docs / "doc12.ttl").write_text("<http://example.org/a> <http://example.org/p> .\n")
    store = EmbeddedStore(tmp_path / "store")
    seen: list[Stored | DocumentError] = []

    report = ingest_paths(store, [docs], jobs=2, on_result=seen.append)

    assert [r.source.rsplit("/", 1)[1] for r in report.rejected] == ["doc05.ttl", "doc12.ttl"]
    assert "does not conform to the SHACL shapes" in report.rejected[0].message
    assert "\n" not in report.rejected[0].message
    assert _counts(store) == {f"doc{i:02d}": 4 + RECORD for i in range(20)}
    assert len(report.stored) == 20
    assert seen == sorted(seen, key=lambda r: r.source)  # reported in input order
    assert set(report.seconds) >= {"read and extract", "validate", "store"}


def test_ingest_store_refusing_one_document_stores_the_rest(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    good = b'<http://example.org/s> <http://example.org/p> "fine" .\n'
    batch = [
        _prepared("first", good, 1),
        _prepared("broken", b"<http://example.org/s> <not an iri> .\n", 1),
        _prepared("last", good, 1),
    ]

    outcomes = store_batch(store, batch)

    assert [type(o) for o in outcomes] == [Stored, DocumentError, Stored]
    refused = outcomes[1]
    assert isinstance(refused, DocumentError)
    assert refused.source == "broken.nt"
    assert "the store refused its graph" in refused.message
    assert _counts(store) == {"first": 1, "last": 1}


def test_ingest_again_replaces_every_document_of_a_batch(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        write_rdf_document(docs / f"doc{i}.nt", 10)
    store = EmbeddedStore(tmp_path / "store")
    assert ingest_paths(store, [docs], jobs=1).ok
    for i in range(0, 6, 2):  # half of the batch changes, half is re-sent as it was
        write_rdf_document(docs / f"doc{i}.nt", 2, tag="new")
    write_rdf_document(docs / "doc6.nt", 3)  # and a new document joins the same batch

    report = ingest_paths(store, [docs], jobs=1)

    assert report.ok
    expected = {f"doc{i}": (2 if i % 2 == 0 else 10) + RECORD for i in range(6)}
    assert _counts(store) == {**expected, "doc6": 3 + RECORD}
    old = store.query('ASK { GRAPH ?g { ?s ?p "v 5" } FILTER(STRENDS(STR(?g), "doc0")) }')
    assert bool(old) is False
