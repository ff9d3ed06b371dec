"""SHACL shapes compiled to plain Python checks, so one document validates in 1-2 ms of CPU.

pySHACL is the reference validator but takes 200-400 ms of CPU per document graph with our
shapes (it re-parses the SPARQL constraint for every focus node). Compiling the shapes to one
SPARQL query for pyoxigraph was tried first: parsing and planning that 230-branch UNION alone
takes ~500 ms, and 230 small queries ~20 ms. Our shapes use a small part of SHACL Core, whose
constraint components are defined value by value (SHACL 1.0, section 4), so each becomes a
small Python test over an index of the document's triples. SHACL-SPARQL constraints (sh:sparql)
are run as written, by pyoxigraph (dkg.ontology.sparql_constraints).

Compiling refuses, with ShapesNotCompilable, any feature it does not translate, so a new kind
of constraint in shapes.ttl cannot be skipped silently; tests run this and pySHACL on graphs
that break each constraint (tests/ontology/test_ontology_validation.py).

Known difference, on purpose: literals are checked against the XSD lexical spaces
(dkg.ontology.xsd_lexical), which rdflib (hence pySHACL) does not fully enforce;
"2024-13"^^xsd:gYearMonth is rejected here only.

Spec: https://www.w3.org/TR/shacl/#core-components
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from pyoxigraph import BlankNode, Literal, NamedNode, Triple
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib import BNode as RdflibBNode
from rdflib import Literal as RdflibLiteral
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from dkg.ontology.document_index import DocumentIndex, Term, TermTriple
from dkg.ontology.shape_results import ShapesNotCompilable, Violation
from dkg.ontology.sparql_constraints import SparqlConstraint
from dkg.ontology.xsd_lexical import (
    ANY_TEXT_DATATYPES,
    LEXICAL_DATATYPES,
    NUMERIC_DATATYPES,
    numeric,
    well_formed,
)

ValueTest = Callable[[DocumentIndex, Term], bool]
_NODE_KEYS = {SH.targetClass, SH.targetSubjectsOf, SH.property, SH.nodeKind, SH.sparql}
_PROPERTY_KEYS = {
    SH.path,
    SH.minCount,
    SH.maxCount,
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH["in"],
    SH["or"],
    SH.pattern,
    SH.minLength,
    SH.minInclusive,
    SH.minExclusive,
    SH.maxInclusive,
    SH.lessThan,
}
_DESCRIPTIVE = {RDF.type, SH.message, SH.name, SH.description, RDFS.comment}
_NO_VALUES: dict[Term, None] = {}


@dataclass(frozen=True)
class _Property:
    """A property shape: its path, message, cardinality, value tests and sh:lessThan paths."""

    path: str
    message: str
    min_count: int
    max_count: int | None
    tests: tuple[ValueTest, ...]
    less_than: tuple[str, ...]

    def check(
        self,
        data: DocumentIndex,
        focus: Term,
        properties: dict[str, dict[Term, None]],
        found: list[Violation],
    ) -> None:
        """Add the violations at one focus node, whose ``properties`` come from ``data``, to
        ``found``. It appends rather than yields: it runs for every property shape at every
        focus node of every document, and making a generator each time was a tenth of the
        compiled shapes' time."""
        values = properties.get(self.path, _NO_VALUES)
        if len(values) < self.min_count or (
            self.max_count is not None and len(values) > self.max_count
        ):
            found.append(Violation(focus, self.path, self.message, None))
        for value in values:
            # A loop rather than all(generator): this runs for every value of every document,
            # and the generator was a fifth of the compiled shapes' time.
            for test in self.tests:
                if not test(data, value):
                    found.append(Violation(focus, self.path, self.message, value))
                    break
        for other in self.less_than:
            for value in values:
                for bound in properties.get(other, ()):
                    left, right = numeric(value), numeric(bound)
                    # SHACL: pairs that cannot be compared are violations too.
                    if left is None or right is None or not left < right:
                        found.append(Violation(focus, self.path, self.message, value))


@dataclass(frozen=True)
class _Shape:
    class_targets: tuple[str, ...]
    subject_targets: tuple[str, ...]
    node_tests: tuple[tuple[str, ValueTest], ...]  # (message, test on the focus node)
    properties: tuple[_Property, ...]
    sparql: tuple[SparqlConstraint, ...]

    def check(self, data: DocumentIndex, found: list[Violation]) -> None:
        """Add this shape's violations in ``data`` to ``found``."""
        focus_nodes: set[Term] = set()
        for cls in self.class_targets:
            focus_nodes |= data.instances(cls)
        for predicate in self.subject_targets:
            focus_nodes |= data.subjects(predicate)
        if not focus_nodes:
            return
        for focus in focus_nodes:
            for message, test in self.node_tests:
                if not test(data, focus):
                    found.append(Violation(focus, None, message, focus))
            properties = data.properties(focus)
            for prop in self.properties:
                prop.check(data, focus, properties, found)
        for constraint in self.sparql:
            found.extend(constraint.violations(data, focus_nodes))


@dataclass(frozen=True)
class CompiledShapes:
    """Shapes ready to check document graphs; immutable, so safe to share between threads."""

    shapes: tuple[_Shape, ...]

    def violations(self, triples: Iterable[Triple | TermTriple]) -> list[Violation]:
        """Every violation of the shapes in one document graph (Triples or term tuples)."""
        data = DocumentIndex(triples)
        found: list[Violation] = []
        for shape in self.shapes:
            shape.check(data, found)
        return found


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Translate every node shape of ``shapes`` into Python checks.

    Raises:
        ShapesNotCompilable: a shape uses a feature outside the supported subset.
    """
    compiled = []
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str):
        _refuse_unknown(shapes, shape, _NODE_KEYS)
        node_tests = tuple(
            (_message(shapes, shape), _node_kind_test(kind))
            for kind in shapes.objects(shape, SH.nodeKind)
        )
        properties = tuple(_property(shapes, p) for p in shapes.objects(shape, SH.property))
        sparql = tuple(_sparql(shapes, c) for c in shapes.objects(shape, SH.sparql))
        class_targets = tuple(str(c) for c in shapes.objects(shape, SH.targetClass))
        subject_targets = tuple(str(p) for p in shapes.objects(shape, SH.targetSubjectsOf))
        if not class_targets and not subject_targets:
            raise ShapesNotCompilable(f"{shape} has no sh:targetClass or sh:targetSubjectsOf")
        compiled.append(_Shape(class_targets, subject_targets, node_tests, properties, sparql))
    return CompiledShapes(tuple(compiled))


def _property(shapes: Graph, prop: Node) -> _Property:
    _refuse_unknown(shapes, prop, _PROPERTY_KEYS)
    path = shapes.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise ShapesNotCompilable(f"{prop}: only a single IRI is supported as sh:path")
    min_counts = [_int(n) for n in shapes.objects(prop, SH.minCount)]
    max_counts = [_int(n) for n in shapes.objects(prop, SH.maxCount)]
    tests: list[ValueTest] = []
    tests += [_class_test(str(c)) for c in shapes.objects(prop, SH["class"])]
    tests += [_datatype_test(str(d)) for d in shapes.objects(prop, SH.datatype)]
    tests += [_node_kind_test(k) for k in shapes.objects(prop, SH.nodeKind)]
    tests += [_in_test(shapes, members) for members in shapes.objects(prop, SH["in"])]
    tests += [_or_test(shapes, members) for members in shapes.objects(prop, SH["or"])]
    tests += [_pattern_test(str(p)) for p in shapes.objects(prop, SH.pattern)]
    tests += [_min_length_test(_int(n)) for n in shapes.objects(prop, SH.minLength)]
    for bound, holds in (
        (SH.minInclusive, operator.ge),
        (SH.minExclusive, operator.gt),
        (SH.maxInclusive, operator.le),
    ):
        tests += [_range_test(_number(limit), holds) for limit in shapes.objects(prop, bound)]
    return _Property(
        path=str(path),
        message=_message(shapes, prop),
        min_count=max(min_counts, default=0),
        max_count=min(max_counts, default=None),
        tests=tuple(tests),
        less_than=tuple(str(o) for o in shapes.objects(prop, SH.lessThan)),
    )


def _sparql(shapes: Graph, constraint: Node) -> SparqlConstraint:
    _refuse_unknown(shapes, constraint, {SH.select})
    select = str(shapes.value(constraint, SH.select))
    return SparqlConstraint.compile(select, _message(shapes, constraint))


# --- value tests ----------------------------------------------------------------------------


def _class_test(cls: str) -> ValueTest:
    return lambda data, value: data.is_instance(value, cls)


def _datatype_test(datatype: str) -> ValueTest:
    if datatype not in LEXICAL_DATATYPES:
        raise ShapesNotCompilable(f"no lexical check for datatype {datatype}")
    if datatype in ANY_TEXT_DATATYPES:
        # Every text is well formed: the datatype is the whole test, and reading the text of
        # each quote and name out of pyoxigraph is spared.
        return lambda data, value: isinstance(value, Literal) and value.datatype.value == datatype

    def test(data: DocumentIndex, value: Term) -> bool:
        # A literal with a language tag has the datatype rdf:langString, which is not one of
        # LEXICAL_DATATYPES: the datatype alone rules it out (no call to ask for the tag).
        return (
            isinstance(value, Literal)
            and value.datatype.value == datatype
            and well_formed(value.value, datatype)
        )

    return test


def _node_kind_test(kind: Node) -> ValueTest:
    kinds: dict[Node, type] = {SH.IRI: NamedNode, SH.Literal: Literal, SH.BlankNode: BlankNode}
    if kind not in kinds:
        raise ShapesNotCompilable(f"unsupported sh:nodeKind {kind}")
    expected = kinds[kind]
    return lambda data, value: isinstance(value, expected)


def _in_test(shapes: Graph, members: Node) -> ValueTest:
    allowed = frozenset(_to_term(m) for m in Collection(shapes, members))
    return lambda data, value: value in allowed


def _or_test(shapes: Graph, members: Node) -> ValueTest:
    alternatives = []
    for member in Collection(shapes, members):
        _refuse_unknown(shapes, member, {SH["class"], SH.datatype, SH.nodeKind})
        tests = [_class_test(str(c)) for c in shapes.objects(member, SH["class"])]
        tests += [_datatype_test(str(d)) for d in shapes.objects(member, SH.datatype)]
        tests += [_node_kind_test(k) for k in shapes.objects(member, SH.nodeKind)]
        if not tests:
            raise ShapesNotCompilable(f"an sh:or member {member} has no constraint")
        alternatives.append(tests)

    def test(data: DocumentIndex, value: Term) -> bool:
        # Loops rather than any(all(...)): two generators per value were most of this test.
        for tests in alternatives:
            for member_test in tests:
                if not member_test(data, value):
                    break
            else:
                return True
        return False

    return test


def _pattern_test(pattern: str) -> ValueTest:
    regex = re.compile(pattern)
    return lambda data, value: not isinstance(value, BlankNode) and bool(regex.search(value.value))


def _min_length_test(length: int) -> ValueTest:
    return lambda data, value: not isinstance(value, BlankNode) and len(value.value) >= length


def _range_test(limit: Decimal, holds: Callable[[Decimal, Decimal], bool]) -> ValueTest:
    def test(data: DocumentIndex, value: Term) -> bool:
        number = numeric(value)
        return number is not None and holds(number, limit)

    return test


# --- terms ----------------------------------------------------------------------------------


def _number(node: Node) -> Decimal:
    if isinstance(node, RdflibLiteral) and str(node.datatype) in NUMERIC_DATATYPES:
        return Decimal(str(node))
    raise ShapesNotCompilable(f"range limits must be xsd:integer or xsd:decimal, not {node!r}")


def _to_term(node: Node) -> Term:
    if isinstance(node, URIRef):
        return NamedNode(str(node))
    if isinstance(node, RdflibLiteral):
        if node.language:
            return Literal(str(node), language=node.language)
        datatype = node.datatype or XSD.string
        return Literal(str(node), datatype=NamedNode(str(datatype)))
    if isinstance(node, RdflibBNode):
        raise ShapesNotCompilable("sh:in cannot list blank nodes")
    raise ShapesNotCompilable(f"unexpected term {node!r}")


def _refuse_unknown(shapes: Graph, shape: Node, handled: set[URIRef]) -> None:
    for predicate in set(shapes.predicates(shape, None)):
        if predicate not in handled and predicate not in _DESCRIPTIVE:
            raise ShapesNotCompilable(f"{shape} uses {predicate}, which cannot be compiled")


def _message(shapes: Graph, shape: Node) -> str:
    message = shapes.value(shape, SH.message)
    if message is None:
        raise ShapesNotCompilable(f"{shape} has no sh:message; every shape must explain itself")
    return str(message)


def _int(node: Node) -> int:
    if isinstance(node, RdflibLiteral) and isinstance(node.toPython(), int):
        return int(node.toPython())
    raise ShapesNotCompilable(f"expected an integer, found {node!r}")
