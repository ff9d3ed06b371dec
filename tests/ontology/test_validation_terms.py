"""Validation reads an emitted graph's term tuples as it reads its Triples (the ingest path)."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, DocumentGraph, build_graph
from dkg.ontology.validation import validate

TEXT = (
    "President of Finland Sauli Niinisto arrived in Nairobi on a state visit to Kenya on "
    "Tuesday. He met Kenyan President William Ruto at State House, and the two leaders "
    "signed three agreements on forestry and digital services."
)


def _graph() -> DocumentGraph:
    return build_graph(Document("finland-kenya", "m", TEXT, date=datetime.date(2023, 5, 9)))


def test_validation_terms_give_the_report_of_the_triples() -> None:
    graph = _graph()
    assert len(graph.statements) == len(graph.triples)
    assert validate(graph.statements) == validate(graph.triples)
    assert validate(graph.statements).conforms


def test_validation_terms_find_the_violations_the_triples_show() -> None:
    # Without names, people and places break their shapes: both forms must say so alike.
    graph = _graph()
    unnamed = [t for t in graph.triples if not t.predicate.value.endswith("name")]
    unnamed_terms = [t for t in graph.statements if not t[1].value.endswith("name")]
    report = validate(unnamed)
    assert not report.conforms
    assert validate(unnamed_terms) == report
