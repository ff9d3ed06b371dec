"""A document graph's N-Triples text is what pyoxigraph's serializer writes for its triples.

Ingest stores that text, so a difference would change what researchers query.
"""

from __future__ import annotations

import datetime

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from dkg.loaders import Document, DocumentGraph, build_graph

_EX = "https://example.org/"
_TEXTS = [
    "Chile's foreign minister flew to Lima on 3 March 2022 and signed a water-sharing accord "
    'with Peru. "We "share" a coast," she told reporters\tat the airport.',
    "The Prime Minister of Norway received the President of Ghana in Oslo on Friday; they "
    "talked about cocoa, fisheries and a loan of $1.2 billion (NOK 12 bn).",
]


def _serialized(triples: list[Triple]) -> bytes:
    return serialize(triples, format=RdfFormat.N_TRIPLES) or b""


@pytest.mark.parametrize("text", _TEXTS)
def test_graph_extracted_text_is_the_serializers(text: str) -> None:
    graph = build_graph(Document("note", "note.txt", text, date=datetime.date(2022, 3, 4)))
    assert len(graph.statements) > 10
    assert graph.to_ntriples() == _serialized(graph.triples)


def test_graph_escapes_literals_as_the_serializer_does() -> None:
    node = NamedNode(f"{_EX}speech")
    said = NamedNode(f"{_EX}said")
    values = [
        Literal('a "quoted" word\\ and a back\nslash\r\ttab'),
        Literal("control \x01 and \x7f and \u00e9 \U0001f600"),
        Literal("bonjour", language="fr"),
        Literal("12", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    ]
    graph = DocumentGraph("speech", "speech.txt", [(node, said, value) for value in values])
    assert graph.to_ntriples() == _serialized(graph.triples)


def test_graph_read_triples_keep_blank_nodes_and_triple_terms() -> None:
    # A graph read from an RDF file holds Triples, which may use what the emitter never does.
    p = NamedNode(f"{_EX}p")
    inner = Triple(NamedNode(f"{_EX}s"), p, Literal("o"))
    triples = [
        Triple(BlankNode("b0"), p, NamedNode(f"{_EX}o")),
        Triple(NamedNode(f"{_EX}s"), p, inner),
    ]
    graph = DocumentGraph("read", "read.nt", triples)
    assert graph.triples == triples
    assert graph.to_ntriples() == _serialized(triples)


def test_graph_subjects_written_once_per_run_keep_each_triples_subject() -> None:
    # A subject's text is reused while the next triple has the same subject object: subjects
    # that come back after another, and equal subjects that are other objects, are still right.
    a, b = NamedNode(f"{_EX}a"), NamedNode(f"{_EX}b")
    p = NamedNode(f"{_EX}p")
    statements = [(a, p, Literal("1")), (a, p, b), (b, p, a), (NamedNode(f"{_EX}a"), p, b)]
    graph = DocumentGraph("runs", "runs.txt", statements)
    assert graph.to_ntriples() == _serialized(graph.triples)
