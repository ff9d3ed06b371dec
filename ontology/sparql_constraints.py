"""SHACL-SPARQL constraints (sh:sparql) of the compiled shapes, run by pyoxigraph.

A constraint's SELECT runs once per document graph with ``$this`` free, over a store holding
only the triples whose predicates the query mentions (a query without variable predicates can
see no others); its solutions are kept for the shape's focus nodes. Parsing and planning the
query costs more than running it, so it is not run at all when no focus node has every
predicate the query demands of ``$this`` (then it cannot return one).

Spec: https://www.w3.org/TR/shacl/#sparql-constraints
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pyoxigraph import QuerySolutions, Triple
from rdflib import URIRef, Variable
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from dkg.ontology.document_index import DocumentIndex, Term
from dkg.ontology.shape_results import ShapesNotCompilable, Violation

_ONLY_NARROWING = frozenset({"SelectQuery", "Project", "Distinct", "Reduced", "Filter", "Extend"})
"""Algebra operators whose solutions all extend a solution of the pattern they wrap: projection,
DISTINCT, FILTER and BIND. OPTIONAL, UNION, MINUS, VALUES or a subquery are not among them."""
_THIS = Variable("this")


@dataclass(frozen=True)
class SparqlConstraint:
    """A SHACL-SPARQL constraint: the SELECT query ($this as ?this), the predicates it reads,
    and those every solution's ?this must have."""

    message: str
    select: str
    predicates: frozenset[str]
    required: frozenset[str]

    @classmethod
    def compile(cls, select: str, message: str) -> SparqlConstraint:
        """Read the predicates of ``select`` (the text of sh:select).

        Raises:
            ShapesNotCompilable: the query reads triples through a variable predicate or
                SERVICE, so it could need any triple of the graph.
        """
        select = select.replace("$this", "?this")
        algebra = prepareQuery(select).algebra
        predicates = frozenset(_predicates(algebra))
        return cls(message, select, predicates, _required_predicates(algebra))

    def violations(self, data: DocumentIndex, focus_nodes: set[Term]) -> Iterator[Violation]:
        """The query's solutions whose ?this is one of ``focus_nodes``."""
        required = self.required
        if required and not any(
            all(predicate in data.properties(focus) for predicate in required)
            for focus in focus_nodes
        ):
            return
        solutions = data.store(self.predicates).query(self.select)
        if not isinstance(solutions, QuerySolutions):
            raise ShapesNotCompilable(f"a SPARQL constraint must be a SELECT query: {self.select}")
        for solution in solutions:
            focus, path, value = solution["this"], solution["path"], solution["value"]
            if focus is None or isinstance(focus, Triple) or focus not in focus_nodes:
                continue
            if isinstance(value, Triple):
                raise ShapesNotCompilable("a SPARQL constraint must not return RDF-star triples")
            yield Violation(focus, None if path is None else path.value, self.message, value)


def _required_predicates(algebra: CompValue) -> frozenset[str]:
    """The constant predicates of the triple patterns ``?this <p> ...`` that every solution
    matches: those of a basic graph pattern wrapped only in operators that narrow or extend its
    solutions; none (the query always runs) for any other form."""
    node: object = algebra
    while isinstance(node, CompValue) and node.name in _ONLY_NARROWING:
        node = node.get("p")
    if not isinstance(node, CompValue) or node.name != "BGP":
        return frozenset()
    return frozenset(
        str(predicate)
        for subject, predicate, _ in node["triples"]
        if subject == _THIS and isinstance(predicate, URIRef)
    )


def _predicates(algebra: object) -> Iterator[str]:
    """Every predicate IRI of the query's triple patterns (EXISTS included), walking the algebra.

    Raises:
        ShapesNotCompilable: a pattern has a variable or negated predicate, or the query calls
            SERVICE: then the query could read any triple, and the store would need them all.
    """
    if isinstance(algebra, CompValue) and algebra.name == "ServiceGraphPattern":
        raise ShapesNotCompilable("SPARQL constraints must not use SERVICE")
    if isinstance(algebra, dict):
        for key, value in algebra.items():
            if key == "triples":
                for _, predicate, _ in value:
                    yield from _path_iris(predicate)
            else:
                yield from _predicates(value)
    elif isinstance(algebra, list | tuple):
        for item in algebra:
            yield from _predicates(item)


def _path_iris(path: object) -> Iterator[str]:
    if isinstance(path, URIRef):
        yield str(path)
    elif isinstance(path, SequencePath | AlternativePath):
        for arg in path.args:
            yield from _path_iris(arg)
    elif isinstance(path, InvPath):
        yield from _path_iris(path.arg)
    elif isinstance(path, MulPath):
        yield from _path_iris(path.path)
    else:
        raise ShapesNotCompilable(f"SPARQL constraints need constant predicates, not {path}")
