"""SHACL shapes compiled to plain Python checks, so one document validates in about a millisecond.

pySHACL is the reference validator but takes 100+ ms per document graph with our shapes (it
re-parses every SPARQL constraint per focus node). Compiling the shapes to one SPARQL query for
pyoxigraph was tried first: parsing and planning that 230-branch UNION alone takes ~500 ms, and
230 small queries ~20 ms. Our shapes use a small part of SHACL Core, whose constraint
components are defined value by value (SHACL 1.0, section 4), so each becomes a small Python
test over an index of the document's triples. SHACL-SPARQL constraints (sh:sparql) are run as
written, by pyoxigraph, only when the graph has a focus node for them.

Compiling refuses, with ShapesNotCompilable, any feature it does not translate, so a new kind
of constraint in shapes.ttl cannot be skipped silently; tests run this and pySHACL on graphs
that break each constraint (tests/ontology/test_validation.py).

Known difference, on purpose: literals are checked against the XSD lexical spaces, which
rdflib (hence pySHACL) does not fully enforce; "2024-13"^^xsd:gYearMonth is rejected here only.

Spec: https://www.w3.org/TR/shacl/#core-components
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions, Store, Triple
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib import BNode as RdflibBNode
from rdflib import Literal as RdflibLiteral
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD
from rdflib.term import Node

Term = NamedNode | BlankNode | Literal
ValueTest = Callable[["DocumentIndex", Term], bool]

_TYPE = str(RDF.type)
_SUBCLASS = str(RDFS.subClassOf)
_TZ = r"(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])?"
_LEXICAL = {
    str(XSD.integer): re.compile(r"[+-]?[0-9]+"),
    str(XSD.decimal): re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"),
    str(XSD.boolean): re.compile(r"true|false|1|0"),
    str(XSD.date): re.compile(r"-?([0-9]{4,})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _TZ),
    str(XSD.gYear): re.compile(r"-?[0-9]{4,}" + _TZ),
    str(XSD.gYearMonth): re.compile(r"-?[0-9]{4,}-(0[1-9]|1[0-2])" + _TZ),
    str(XSD.gMonthDay): re.compile(r"--()(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _TZ),
    str(XSD.string): re.compile(r".*", re.DOTALL),
    str(XSD.anyURI): re.compile(r".*", re.DOTALL),
}
_NUMERIC = {str(XSD.integer), str(XSD.decimal)}
_XSD_DATE = str(XSD.date)
_XSD_GMONTHDAY = str(XSD.gMonthDay)

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


class ShapesNotCompilable(ValueError):
    """shapes.ttl uses a SHACL feature this module does not translate.

    Write the constraint with the supported components (listed in _PROPERTY_KEYS), or add its
    translation here together with an equivalence test against pySHACL.
    """


@dataclass(frozen=True)
class Violation:
    """One validation result: the focus node, the path (None for node-level constraints), the
    shape's sh:message, and the offending value when the constraint is about one value."""

    focus: Term
    path: str | None
    message: str
    value: Term | None


class DocumentIndex:
    """The triples of one document graph, indexed by subject and predicate, plus rdf:type."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        self.triples = list(dict.fromkeys(triples))  # a graph is a set of triples
        self._values: dict[tuple[Term, str], list[Term]] = {}
        self._subjects: dict[str, set[Term]] = {}
        self._types: dict[Term, set[str]] = {}
        superclasses: dict[str, set[str]] = {}
        for triple in self.triples:
            subject, predicate, obj = triple.subject, triple.predicate.value, triple.object
            if isinstance(subject, Triple) or isinstance(obj, Triple):
                raise ValueError(f"RDF-star triples are not part of a document graph: {triple}")
            self._values.setdefault((subject, predicate), []).append(obj)
            self._subjects.setdefault(predicate, set()).add(subject)
            if predicate == _TYPE and isinstance(obj, NamedNode):
                self._types.setdefault(subject, set()).add(obj.value)
            elif (
                predicate == _SUBCLASS
                and isinstance(obj, NamedNode)
                and isinstance(subject, NamedNode)
            ):
                superclasses.setdefault(subject.value, set()).add(obj.value)
        closure = _closure(superclasses)
        # Every class each node is a SHACL instance of, and the reverse: computed once here
        # because every shape asks for its targets and every sh:class asks about its values.
        self._classes: dict[Term, set[str]] = {}
        self._instances: dict[str, set[Term]] = {}
        for node, types in self._types.items():
            classes = set(types)
            for t in types:
                classes |= closure.get(t, set())
            self._classes[node] = classes
            for cls in classes:
                self._instances.setdefault(cls, set()).add(node)
        self._store: Store | None = None

    def values(self, node: Term, predicate: str) -> list[Term]:
        """The objects of (node, predicate)."""
        return self._values.get((node, predicate), [])

    def subjects(self, predicate: str) -> set[Term]:
        """Every subject that has this predicate."""
        return self._subjects.get(predicate, set())

    def is_instance(self, node: Term, cls: str) -> bool:
        """SHACL instance: rdf:type/rdfs:subClassOf* reaches cls in this graph."""
        classes = self._classes.get(node)
        return classes is not None and cls in classes

    def instances(self, cls: str) -> set[Term]:
        """Every SHACL instance of cls in this graph."""
        return self._instances.get(cls, set())

    def store(self) -> Store:
        """The same triples in a pyoxigraph store, built on first use (for SPARQL constraints)."""
        if self._store is None:
            self._store = Store()
            self._store.extend(Quad(t.subject, t.predicate, t.object) for t in self.triples)
        return self._store


@dataclass(frozen=True)
class _Constraint:
    """One constraint of one shape: yields a value (or None) per violation at a focus node."""

    path: str | None
    message: str
    check: Callable[[DocumentIndex, Term], Iterator[Term | None]]


@dataclass(frozen=True)
class _Shape:
    class_targets: tuple[str, ...]
    subject_targets: tuple[str, ...]
    constraints: tuple[_Constraint, ...]
    sparql: tuple[tuple[str, str], ...] = field(default=())  # (message, SELECT query)

    def focus_nodes(self, data: DocumentIndex) -> set[Term]:
        nodes: set[Term] = set()
        for cls in self.class_targets:
            nodes |= data.instances(cls)
        for predicate in self.subject_targets:
            nodes |= data.subjects(predicate)
        return nodes


@dataclass(frozen=True)
class CompiledShapes:
    """Shapes ready to check document graphs; immutable, so safe to share between threads."""

    shapes: tuple[_Shape, ...]

    def violations(self, triples: Iterable[Triple]) -> list[Violation]:
        """Every violation of the shapes in one document graph."""
        data = DocumentIndex(triples)
        found: list[Violation] = []
        for shape in self.shapes:
            focus_nodes = shape.focus_nodes(data)
            if not focus_nodes:
                continue
            for focus in focus_nodes:
                for c in shape.constraints:
                    found.extend(
                        Violation(focus, c.path, c.message, v) for v in c.check(data, focus)
                    )
            for message, select in shape.sparql:
                found.extend(_sparql_violations(data, focus_nodes, message, select))
        return found


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Translate every node shape of ``shapes`` into Python checks.

    Raises:
        ShapesNotCompilable: a shape uses a feature outside the supported subset.
    """
    compiled = []
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str):
        _refuse_unknown(shapes, shape, _NODE_KEYS)
        constraints: list[_Constraint] = []
        for kind in shapes.objects(shape, SH.nodeKind):
            test = _node_kind_test(kind)
            constraints.append(_Constraint(None, _message(shapes, shape), _node_check(test)))
        for prop in shapes.objects(shape, SH.property):
            constraints.extend(_property_constraints(shapes, prop))
        sparql = tuple(
            (_message(shapes, c), _select(shapes, c)) for c in shapes.objects(shape, SH.sparql)
        )
        class_targets = tuple(str(c) for c in shapes.objects(shape, SH.targetClass))
        subject_targets = tuple(str(p) for p in shapes.objects(shape, SH.targetSubjectsOf))
        if not class_targets and not subject_targets:
            raise ShapesNotCompilable(f"{shape} has no sh:targetClass or sh:targetSubjectsOf")
        compiled.append(_Shape(class_targets, subject_targets, tuple(constraints), sparql))
    return CompiledShapes(tuple(compiled))


def _property_constraints(shapes: Graph, prop: Node) -> Iterator[_Constraint]:
    _refuse_unknown(shapes, prop, _PROPERTY_KEYS)
    path_node = shapes.value(prop, SH.path)
    if not isinstance(path_node, URIRef):
        raise ShapesNotCompilable(f"{prop}: only a single IRI is supported as sh:path")
    path = str(path_node)
    message = _message(shapes, prop)

    def constraint(check: Callable[[DocumentIndex, Term], Iterator[Term | None]]) -> _Constraint:
        return _Constraint(path, message, check)

    for count in shapes.objects(prop, SH.minCount):
        yield constraint(_count_check(path, minimum=_int(count)))
    for count in shapes.objects(prop, SH.maxCount):
        yield constraint(_count_check(path, maximum=_int(count)))
    tests: list[ValueTest] = []
    tests += [_class_test(str(c)) for c in shapes.objects(prop, SH["class"])]
    tests += [_datatype_test(str(d)) for d in shapes.objects(prop, SH.datatype)]
    tests += [_node_kind_test(k) for k in shapes.objects(prop, SH.nodeKind)]
    tests += [_in_test(shapes, members) for members in shapes.objects(prop, SH["in"])]
    tests += [_or_test(shapes, members) for members in shapes.objects(prop, SH["or"])]
    tests += [_pattern_test(str(p)) for p in shapes.objects(prop, SH.pattern)]
    tests += [_min_length_test(_int(n)) for n in shapes.objects(prop, SH.minLength)]
    for bound, holds in (
        (SH.minInclusive, lambda v, limit: v >= limit),
        (SH.minExclusive, lambda v, limit: v > limit),
        (SH.maxInclusive, lambda v, limit: v <= limit),
    ):
        tests += [_range_test(_number(limit), holds) for limit in shapes.objects(prop, bound)]
    for test in tests:
        yield constraint(_value_check(path, test))
    for other in shapes.objects(prop, SH.lessThan):
        yield constraint(_less_than_check(path, str(other)))


# --- checks: yield one item per violation at a focus node -----------------------------------


def _node_check(test: ValueTest) -> Callable[[DocumentIndex, Term], Iterator[Term | None]]:
    def check(data: DocumentIndex, focus: Term) -> Iterator[Term | None]:
        if not test(data, focus):
            yield focus

    return check


def _count_check(
    path: str, minimum: int | None = None, maximum: int | None = None
) -> Callable[[DocumentIndex, Term], Iterator[Term | None]]:
    def check(data: DocumentIndex, focus: Term) -> Iterator[Term | None]:
        count = len(set(data.values(focus, path)))
        if (minimum is not None and count < minimum) or (maximum is not None and count > maximum):
            yield None

    return check


def _value_check(
    path: str, test: ValueTest
) -> Callable[[DocumentIndex, Term], Iterator[Term | None]]:
    def check(data: DocumentIndex, focus: Term) -> Iterator[Term | None]:
        for value in data.values(focus, path):
            if not test(data, value):
                yield value

    return check


def _less_than_check(
    path: str, other: str
) -> Callable[[DocumentIndex, Term], Iterator[Term | None]]:
    def check(data: DocumentIndex, focus: Term) -> Iterator[Term | None]:
        for value in data.values(focus, path):
            for bound in data.values(focus, other):
                left, right = _numeric(value), _numeric(bound)
                # SHACL: pairs that cannot be compared are violations too.
                if left is None or right is None or not left < right:
                    yield value

    return check


def _sparql_violations(
    data: DocumentIndex, focus_nodes: set[Term], message: str, select: str
) -> Iterator[Violation]:
    solutions = data.store().query(select)
    if not isinstance(solutions, QuerySolutions):
        raise ShapesNotCompilable(f"a SPARQL constraint must be a SELECT query: {select}")
    for solution in solutions:
        focus, path, value = solution["this"], solution["path"], solution["value"]
        if focus is None or isinstance(focus, Triple) or focus not in focus_nodes:
            continue
        if isinstance(value, Triple):
            raise ShapesNotCompilable("a SPARQL constraint must not return RDF-star triples")
        yield Violation(focus, None if path is None else path.value, message, value)


# --- value tests ----------------------------------------------------------------------------


def _class_test(cls: str) -> ValueTest:
    return lambda data, value: data.is_instance(value, cls)


def _datatype_test(datatype: str) -> ValueTest:
    if datatype not in _LEXICAL:
        raise ShapesNotCompilable(f"no lexical check for datatype {datatype}")

    def test(data: DocumentIndex, value: Term) -> bool:
        return (
            isinstance(value, Literal)
            and value.datatype.value == datatype
            and not value.language
            and _well_formed(value.value, datatype)
        )

    return test


def _well_formed(lexical: str, datatype: str) -> bool:
    match = _LEXICAL[datatype].fullmatch(lexical)
    if match is None:
        return False
    if datatype == _XSD_DATE:
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        return day <= calendar.monthrange(year if 0 < year < 10000 else 2000, month)[1]
    if datatype == _XSD_GMONTHDAY:
        return int(match.group(3)) <= calendar.monthrange(2000, int(match.group(2)))[1]
    return True


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
    return lambda data, value: any(
        all(test(data, value) for test in tests) for tests in alternatives
    )


def _pattern_test(pattern: str) -> ValueTest:
    regex = re.compile(pattern)
    return lambda data, value: not isinstance(value, BlankNode) and bool(regex.search(value.value))


def _min_length_test(length: int) -> ValueTest:
    return lambda data, value: not isinstance(value, BlankNode) and len(value.value) >= length


def _range_test(limit: Decimal, holds: Callable[[Decimal, Decimal], bool]) -> ValueTest:
    def test(data: DocumentIndex, value: Term) -> bool:
        number = _numeric(value)
        return number is not None and holds(number, limit)

    return test


# --- terms ----------------------------------------------------------------------------------


def _numeric(term: Term) -> Decimal | None:
    """The number a literal stands for, or None when SPARQL could not compare it with one."""
    if not isinstance(term, Literal) or term.datatype.value not in _NUMERIC:
        return None
    if not _well_formed(term.value, term.datatype.value):
        return None
    try:
        return Decimal(term.value)
    except InvalidOperation:
        return None


def _number(node: Node) -> Decimal:
    if isinstance(node, RdflibLiteral) and str(node.datatype) in _NUMERIC:
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


def _select(shapes: Graph, constraint: Node) -> str:
    _refuse_unknown(shapes, constraint, {SH.select})
    return str(shapes.value(constraint, SH.select)).replace("$this", "?this")


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


def _closure(parents: dict[str, set[str]]) -> dict[str, set[str]]:
    closed: dict[str, set[str]] = {}
    for start in parents:
        seen: set[str] = set()
        stack = list(parents[start])
        while stack:
            cls = stack.pop()
            if cls not in seen:
                seen.add(cls)
                stack.extend(parents.get(cls, ()))
        closed[start] = seen
    return closed
