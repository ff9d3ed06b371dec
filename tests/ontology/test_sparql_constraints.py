"""A SPARQL constraint is skipped only when it cannot report anything, never otherwise."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Triple

from dkg.ontology.document_index import DocumentIndex
from dkg.ontology.sparql_constraints import SparqlConstraint

EX = "http://example.org/"
TALK = NamedNode(EX + "talk")
STARTS, ENDS = NamedNode(EX + "starts"), NamedNode(EX + "ends")

BOTH_REQUIRED = SparqlConstraint.compile(
    f"SELECT $this ?path ?value WHERE {{ $this <{EX}starts> ?value ; <{EX}ends> ?end . "
    f"BIND (<{EX}starts> AS ?path) FILTER (?value > ?end) }}",
    "starts after it ends",
)
END_OPTIONAL = SparqlConstraint.compile(
    f"SELECT $this ?path ?value WHERE {{ $this <{EX}starts> ?value . "
    f"OPTIONAL {{ $this <{EX}ends> ?end }} FILTER (!BOUND(?end)) BIND (<{EX}ends> AS ?path) }}",
    "has no end",
)


def _reports(constraint: SparqlConstraint, triples: list[Triple]) -> list[str]:
    return [v.message for v in constraint.violations(DocumentIndex(triples), {TALK})]


def test_sparql_constraints_still_report_a_start_after_the_end() -> None:
    graph = [Triple(TALK, STARTS, Literal("9")), Triple(TALK, ENDS, Literal("1"))]

    assert BOTH_REQUIRED.required == {EX + "starts", EX + "ends"}
    assert _reports(BOTH_REQUIRED, graph) == ["starts after it ends"]


def test_sparql_constraints_with_optional_parts_run_on_nodes_missing_them() -> None:
    graph = [Triple(TALK, STARTS, Literal("9"))]

    assert END_OPTIONAL.required == frozenset()  # an OPTIONAL: the query always runs
    assert _reports(END_OPTIONAL, graph) == ["has no end"]
    assert _reports(BOTH_REQUIRED, graph) == []
