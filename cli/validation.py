"""``dkg validate``: the SHACL report, computed by pySHACL (the reference), one graph at a time.

Validation is per document by design: every document graph carries what its shapes need, and
validating the whole store at once would not scale (pySHACL takes seconds per 100k triples).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from pyoxigraph import QueryTriples, Triple

from dkg.loaders.graph import DocumentGraph
from dkg.ontology.document_names import document_name_of
from dkg.ontology.validation import validate_with_pyshacl
from dkg.service.store.base import Store


def _report(label: str, triples: Iterable[Triple]) -> bool:
    report = validate_with_pyshacl(list(triples))
    if report.conforms:
        return True
    print(f"{label}: does not conform ({len(report.messages)} violation(s))")
    for message in report.messages:
        print(f"  - {message}")
    return False


def validate_file(graphs: list[DocumentGraph]) -> int:
    """Validate the graphs read from one file; exit status 1 when any does not conform."""
    results = [_report(g.source, g.triples) for g in graphs]
    if all(results):
        print(f"conforms ({sum(len(g.triples) for g in graphs)} triples)")
        return 0
    return 1


def validate_store(store: Store) -> int:
    """Validate every stored document graph on its own; exit status 1 when any does not conform."""
    names = store.graph_names()
    failed = 0
    for graph_name in names:
        result = store.query(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph_name} {{ ?s ?p ?o }} }}"
        )
        if not isinstance(result, QueryTriples):
            raise TypeError("a CONSTRUCT query answered something other than triples")
        label = document_name_of(graph_name) or graph_name.value
        if not _report(label, result):
            failed += 1
    print(f"{len(names) - failed} of {len(names)} document graph(s) conform", file=sys.stderr)
    return 1 if failed else 0
