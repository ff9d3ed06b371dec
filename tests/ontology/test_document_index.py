"""The index of one document graph gives each subject all of its triples, however they come."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Triple

from dkg.ontology.document_index import DocumentIndex

_EX = "https://example.org/"
_P, _Q = NamedNode(f"{_EX}p"), NamedNode(f"{_EX}q")


def test_document_index_subjects_that_come_back_keep_every_property() -> None:
    # Triples of a subject are looked up again only when the subject object changes: a subject
    # seen again later, or written as another but equal object, must still gather everything.
    a, b = NamedNode(f"{_EX}a"), NamedNode(f"{_EX}b")
    index = DocumentIndex(
        [
            (a, _P, Literal("1")),
            (a, _Q, b),
            (b, _P, a),
            (NamedNode(f"{_EX}a"), _P, Literal("2")),
            Triple(a, _Q, NamedNode(f"{_EX}c")),
        ]
    )
    assert index.properties(a) == {
        _P.value: {Literal("1"): None, Literal("2"): None},
        _Q.value: {b: None, NamedNode(f"{_EX}c"): None},
    }
    assert index.properties(b) == {_P.value: {a: None}}
