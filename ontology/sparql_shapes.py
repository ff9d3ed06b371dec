"""SHACL shapes compiled to one SPARQL query, so pyoxigraph can validate a document in a few ms.

pySHACL is the reference validator but takes tens of milliseconds per document graph. Our shapes
use a small part of SHACL Core plus one SHACL-SPARQL constraint, and each of those constraint
components has a direct SPARQL reading (SHACL 1.0, section 4, gives most of them as SPARQL
definitions). This module translates every (shape, constraint) pair into one branch of a UNION
that yields the violating focus nodes, so a whole document is checked by a single query.

The translation refuses, with ShapesNotCompilable, any feature it does not know, so a new kind
of constraint in shapes.ttl cannot be silently skipped by the fast path; tests run both
validators on a graph breaking each constraint (tests/ontology/test_validation.py).

Spec: https://www.w3.org/TR/shacl/#core-components
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD
from rdflib.term import Node

_TYPE_PATH = (
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/"
    "<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"
)

# Datatypes whose lexical forms are checked by casting (an ill-formed literal fails the cast).
# xsd:string and xsd:anyURI accept any lexical form.
_CASTABLE = {
    XSD.integer,
    XSD.decimal,
    XSD.boolean,
    XSD.date,
    XSD.gYear,
    XSD.gYearMonth,
    XSD.gMonthDay,
}
_ANY_LEXICAL = {XSD.string, XSD.anyURI}

_HANDLED_NODE = {SH.targetClass, SH.targetSubjectsOf, SH.property, SH.nodeKind, SH.sparql}
_HANDLED_PROPERTY = {
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
    """shapes.ttl uses a SHACL feature the SPARQL fast path does not translate.

    Either write the constraint with the supported components (see this module's docstring), or
    add its translation here together with an equivalence test.
    """


@dataclass(frozen=True)
class Branch:
    """What one UNION branch reports: the shape's message and path (None for a node shape)."""

    message: str
    path: str | None


@dataclass(frozen=True)
class CompiledShapes:
    """The single validation query and, by branch number ``?c``, what each branch means.

    The query selects ``?c ?this ?value ?path``; ``?path`` is bound only by SPARQL-based
    constraints, whose path is not known statically.
    """

    query: str
    branches: tuple[Branch, ...]


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Translate every constraint of every shape in ``shapes`` into one SPARQL SELECT query.

    Raises:
        ShapesNotCompilable: a shape uses a feature outside the supported subset.
    """
    patterns: list[str] = []
    branches: list[Branch] = []
    for shape in sorted(_node_shapes(shapes), key=str):
        target = _target_pattern(shapes, shape)
        for pattern, branch in _node_constraints(shapes, shape, target):
            patterns.append(f"{{ {pattern} BIND({len(branches)} AS ?c) }}")
            branches.append(branch)
    query = "SELECT DISTINCT ?c ?this ?value ?path WHERE {\n" + "\nUNION\n".join(patterns) + "\n}"
    return CompiledShapes(query=query, branches=tuple(branches))


def _node_shapes(shapes: Graph) -> set[Node]:
    return {s for s in shapes.subjects(RDF.type, SH.NodeShape)}


def _target_pattern(shapes: Graph, shape: Node) -> str:
    alternatives = [
        f"{{ ?this {_TYPE_PATH} {_term(c)} }}" for c in shapes.objects(shape, SH.targetClass)
    ]
    alternatives += [
        f"{{ ?this {_term(p)} [] }}" for p in shapes.objects(shape, SH.targetSubjectsOf)
    ]
    if not alternatives:
        raise ShapesNotCompilable(f"{shape} has no sh:targetClass or sh:targetSubjectsOf")
    return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(alternatives) + " } }"


def _node_constraints(shapes: Graph, shape: Node, target: str) -> Iterator[tuple[str, Branch]]:
    _refuse_unknown(shapes, shape, _HANDLED_NODE)
    for kind in shapes.objects(shape, SH.nodeKind):
        test = _node_kind_test("?this", kind)
        branch = Branch(_message(shapes, shape), None)
        yield f"{target} FILTER(!({test})) BIND(?this AS ?value)", branch
    for constraint in shapes.objects(shape, SH.sparql):
        yield _sparql_constraint(shapes, constraint, target)
    for prop in shapes.objects(shape, SH.property):
        yield from _property_constraints(shapes, prop, target)


def _sparql_constraint(shapes: Graph, constraint: Node, target: str) -> tuple[str, Branch]:
    if shapes.value(constraint, SH.prefixes) is not None:
        raise ShapesNotCompilable(f"{constraint}: write full IRIs instead of sh:prefixes")
    select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
    return f"{target} {{ {select} }}", Branch(_message(shapes, constraint), None)


def _property_constraints(shapes: Graph, prop: Node, target: str) -> Iterator[tuple[str, Branch]]:
    _refuse_unknown(shapes, prop, _HANDLED_PROPERTY)
    path = shapes.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise ShapesNotCompilable(f"{prop}: only a single IRI is supported as sh:path")
    branch = Branch(_message(shapes, prop), str(path))
    p = _term(path)
    values = f"{target} ?this {p} ?value ."

    for count in shapes.objects(prop, SH.minCount):
        n = _int(count)
        if n == 1:
            yield f"{target} FILTER NOT EXISTS {{ ?this {p} ?any }}", branch
        else:
            yield _count_pattern(target, p, f"< {n}", optional=True), branch
    for count in shapes.objects(prop, SH.maxCount):
        yield _count_pattern(target, p, f"> {_int(count)}", optional=False), branch
    for cls in shapes.objects(prop, SH["class"]):
        yield f"{values} FILTER(!({_class_test('?value', cls)}))", branch
    for datatype in shapes.objects(prop, SH.datatype):
        yield f"{values} FILTER(!({_datatype_test('?value', datatype)}))", branch
    for kind in shapes.objects(prop, SH.nodeKind):
        yield f"{values} FILTER(!({_node_kind_test('?value', kind)}))", branch
    for members in shapes.objects(prop, SH["in"]):
        allowed = ", ".join(_in_member(m) for m in Collection(shapes, members))
        yield f"{values} FILTER(!COALESCE(?value IN ({allowed}), false))", branch
    for alternatives in shapes.objects(prop, SH["or"]):
        tests = [_member_test(shapes, m) for m in Collection(shapes, alternatives)]
        yield f"{values} FILTER(!({' || '.join(tests)}))", branch
    for pattern in shapes.objects(prop, SH.pattern):
        regex = _string(str(pattern))
        yield f"{values} FILTER(isBlank(?value) || !REGEX(STR(?value), {regex}))", branch
    for length in shapes.objects(prop, SH.minLength):
        test = f"isBlank(?value) || STRLEN(STR(?value)) < {_int(length)}"
        yield f"{values} FILTER({test})", branch
    for bound, operator in (
        (SH.minInclusive, ">="),
        (SH.minExclusive, ">"),
        (SH.maxInclusive, "<="),
    ):
        for limit in shapes.objects(prop, bound):
            # SHACL: a value that cannot be compared with the limit is a violation too.
            test = f"COALESCE(?value {operator} {_term(limit)}, false)"
            yield f"{values} FILTER(!{test})", branch
    for other in shapes.objects(prop, SH.lessThan):
        test = "COALESCE(?value < ?other, false)"
        yield f"{values} ?this {_term(other)} ?other . FILTER(!{test})", branch


def _count_pattern(target: str, p: str, comparison: str, *, optional: bool) -> str:
    values = f"OPTIONAL {{ ?this {p} ?counted }}" if optional else f"?this {p} ?counted ."
    return (
        f"{{ SELECT ?this (COUNT(DISTINCT ?counted) AS ?count) WHERE {{ {target} {values} }} "
        f"GROUP BY ?this }} FILTER(?count {comparison})"
    )


def _member_test(shapes: Graph, member: Node) -> str:
    """The test for one sh:or member, which may use only sh:class, sh:datatype, sh:nodeKind."""
    _refuse_unknown(shapes, member, {SH["class"], SH.datatype, SH.nodeKind})
    tests = [_class_test("?value", c) for c in shapes.objects(member, SH["class"])]
    tests += [_datatype_test("?value", d) for d in shapes.objects(member, SH.datatype)]
    tests += [_node_kind_test("?value", k) for k in shapes.objects(member, SH.nodeKind)]
    if not tests:
        raise ShapesNotCompilable(f"an sh:or member of shape {member} has no constraint")
    return "(" + " && ".join(tests) + ")"


def _class_test(var: str, cls: Node) -> str:
    return f"EXISTS {{ {var} {_TYPE_PATH} {_term(cls)} }}"


def _datatype_test(var: str, datatype: Node) -> str:
    test = f"isLiteral({var}) && sameTerm(datatype({var}), {_term(datatype)})"
    if datatype in _ANY_LEXICAL:
        return test
    if datatype in _CASTABLE:
        # A literal whose lexical form is not in the datatype's lexical space is ill-typed, and
        # SHACL's sh:datatype rejects it; the cast fails exactly then.
        return f"{test} && COALESCE(isLiteral({_term(datatype)}(STR({var}))), false)"
    raise ShapesNotCompilable(f"no well-formedness check for datatype {datatype}")


def _node_kind_test(var: str, kind: Node) -> str:
    tests = {
        SH.IRI: f"isIRI({var})",
        SH.Literal: f"isLiteral({var})",
        SH.BlankNode: f"isBlank({var})",
    }
    if kind not in tests:
        raise ShapesNotCompilable(f"unsupported sh:nodeKind {kind}")
    return tests[kind]


def _in_member(member: Node) -> str:
    # IN compares with '=', which equals sameTerm only for IRIs and plain strings.
    if isinstance(member, URIRef) or (
        isinstance(member, Literal)
        and member.datatype in (None, XSD.string)
        and not member.language
    ):
        return _term(member)
    raise ShapesNotCompilable(f"sh:in supports IRIs and plain strings, not {member!r}")


def _refuse_unknown(shapes: Graph, shape: Node, handled: set[URIRef]) -> None:
    for predicate in set(shapes.predicates(shape, None)):
        if predicate not in handled and predicate not in _DESCRIPTIVE:
            raise ShapesNotCompilable(f"{shape} uses {predicate}, which the fast path cannot check")


def _message(shapes: Graph, shape: Node) -> str:
    message = shapes.value(shape, SH.message)
    if message is None:
        raise ShapesNotCompilable(f"{shape} has no sh:message; every shape must explain itself")
    return str(message)


def _int(node: Node) -> int:
    if not isinstance(node, Literal) or not isinstance(node.toPython(), int):
        raise ShapesNotCompilable(f"expected an integer, found {node!r}")
    return int(node.toPython())


def _term(node: Node) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        datatype = f"^^<{node.datatype}>" if node.datatype else ""
        language = f"@{node.language}" if node.language else ""
        return _string(str(node)) + language + datatype
    if isinstance(node, BNode):
        raise ShapesNotCompilable("blank nodes cannot appear as constants in a constraint")
    raise ShapesNotCompilable(f"unexpected term {node!r}")


def _string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
