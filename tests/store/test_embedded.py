"""The embedded store's query dataset: union of documents by default, FROM when a query says so."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, QuerySolutions, Triple

from dkg.service.store.embedded import EmbeddedStore


def _store() -> EmbeddedStore:
    store = EmbeddedStore()
    for name in ("one", "two"):
        triple = Triple(
            NamedNode(f"http://example.org/{name}"), NamedNode("http://p"), Literal(name)
        )
        store.replace_graph(NamedNode(f"http://example.org/graph/{name}"), [triple])
    return store


def _count(store: EmbeddedStore, sparql: str, **kwargs: list[NamedNode]) -> int:
    result = store.query(sparql, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, QuerySolutions)
    return len(list(result))


def test_embedded_default_graph_is_the_union_of_documents() -> None:
    assert _count(_store(), "SELECT * { ?s ?p ?o }") == 2


def test_embedded_from_clause_picks_one_document() -> None:
    query = "SELECT * FROM <http://example.org/graph/one> { ?s ?p ?o }"
    assert _count(_store(), query) == 1


def test_embedded_dataset_given_by_the_caller_wins() -> None:
    graph = [NamedNode("http://example.org/graph/two")]
    assert _count(_store(), "SELECT * { ?s ?p ?o }", default_graph=graph) == 1
