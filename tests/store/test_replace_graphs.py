"""Several graphs replaced in one transaction: all of them, or none when one text is bad."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode, QuerySolutions

from dkg.service.store.embedded import EmbeddedStore


def _graph(name: str) -> NamedNode:
    return NamedNode(f"http://example.org/graph/{name}")


def _body(*values: str) -> bytes:
    return "".join(
        f'<http://example.org/s> <http://example.org/p> "{v}" .\n' for v in values
    ).encode()


def _values(store: EmbeddedStore) -> dict[str, set[str]]:
    rows = store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(rows, QuerySolutions)
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["g"].value.rsplit("/", 1)[1], set()).add(row["o"].value)  # type: ignore[union-attr]
    return found


def test_replace_graphs_stores_new_and_replaces_existing_graphs(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graphs([(_graph("a"), _body("a1", "a2")), (_graph("b"), _body("b1"))])
    store.replace_graphs([(_graph("b"), _body("b2")), (_graph("c"), _body("c1"))])
    assert _values(store) == {"a": {"a1", "a2"}, "b": {"b2"}, "c": {"c1"}}


@pytest.mark.parametrize("existing", [False, True], ids=["new graphs", "replacements"])
def test_replace_graphs_with_one_bad_text_changes_nothing(tmp_path: Path, existing: bool) -> None:
    store = EmbeddedStore(tmp_path / "store")
    if existing:
        store.replace_graphs([(_graph("a"), _body("old")), (_graph("b"), _body("old"))])
    before = _values(store)
    with pytest.raises(SyntaxError):
        store.replace_graphs(
            [(_graph("a"), _body("new")), (_graph("b"), b"<http://example.org/s> broken .\n")]
        )
    assert _values(store) == before


def test_replace_graphs_refuses_a_graph_named_twice(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    with pytest.raises(ValueError, match="once in a batch"):
        store.replace_graphs([(_graph("a"), _body("1")), (_graph("a"), _body("2"))])
    assert _values(store) == {}
