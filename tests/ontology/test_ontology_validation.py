"""Both validators accept a complete document and reject each broken constraint alike.

For every constraint of every shape in shapes.ttl, a case is derived from the hand-written
valid document: pick a focus node of the shape, break that one constraint (remove the values,
add a second one, swap in a value of the wrong type...), keep only what the focus node reaches,
and expect the shape's sh:message, and nothing else, from pySHACL and from the fast path.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, parse
from rdflib import OWL, RDF, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD

from dkg.ontology import DIP, ID, ONTOLOGY_FILE, SHAPES, SHAPES_FILE
from dkg.ontology.validation import validate, validate_with_pyshacl

VALID_DOCUMENT = Path(__file__).parent / "data" / "valid_document.ttl"
Term = NamedNode | BlankNode | Literal
UNTYPED = NamedNode(ID + "thing/untyped")
FACT_CLASSES = [
    DIP + "Visit",
    DIP + "Meeting",
    DIP + "Agreement",
    DIP + "Event",
    DIP + "EconomicFigure",
    DIP + "CooperationArea",
    DIP + "PostHolding",
    "https://schema.org/Person",
    "https://schema.org/Organization",
    DIP + "Company",
    DIP + "Delegation",
]
COMPONENTS = {
    SH.minCount: "minCount",
    SH.maxCount: "maxCount",
    SH["class"]: "class",
    SH.datatype: "datatype",
    SH.nodeKind: "nodeKind",
    SH["in"]: "in",
    SH["or"]: "or",
    SH.pattern: "pattern",
    SH.minLength: "minLength",
    SH.minInclusive: "minInclusive",
    SH.minExclusive: "minExclusive",
    SH.maxInclusive: "maxInclusive",
    SH.lessThan: "lessThan",
}


@dataclass(frozen=True)
class Case:
    """One constraint broken on one focus node; the report must be the shape's message only."""

    shape: str
    component: str
    focus_class: str | None = None


# A negative end offset is necessarily before the start: that second message is the point.
ALSO = {Case("Evidence-endOffset", "minInclusive"): ["Evidence-offsetOrder"]}


@cache
def valid_triples() -> tuple[Triple, ...]:
    return tuple(q.triple for q in parse(path=VALID_DOCUMENT, format=RdfFormat.TURTLE))


@cache
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE)


def all_cases() -> list[Case]:
    """Every (shape, constraint) pair of shapes.ttl, the evidence rule once per fact class."""
    g = shapes()
    cases = []
    for node_shape in sorted(g.subjects(RDF.type, SH.NodeShape)):
        name = node_shape.removeprefix(SHAPES)
        if (node_shape, SH.nodeKind, None) in g:
            cases.append(Case(name, "nodeKind"))
        for prop in sorted(g.objects(node_shape, SH.property)):
            for predicate, component in COMPONENTS.items():
                if (prop, predicate, None) in g:
                    if prop == URIRef(SHAPES + "FactNode-evidence"):
                        cases += [
                            Case(prop.removeprefix(SHAPES), component, c) for c in FACT_CLASSES
                        ]
                    else:
                        cases.append(Case(prop.removeprefix(SHAPES), component))
    return cases


def test_validation_accepts_the_complete_document_with_both_validators() -> None:
    assert validate(valid_triples()).messages == []
    assert validate_with_pyshacl(valid_triples()).messages == []


def test_validation_example_document_uses_every_class_and_property() -> None:
    ontology = Graph().parse(ONTOLOGY_FILE)
    used = {t.predicate.value for t in valid_triples()}
    used |= {t.object.value for t in valid_triples() if t.predicate.value == str(RDF.type)}
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
    declared = {str(s) for kind in kinds for s in ontology.subjects(RDF.type, kind)}
    assert declared - used == set()


def test_validation_gives_the_same_report_from_many_threads() -> None:
    graph, _, _ = broken_graph(Case("Visit-hostCountry", "minCount"))
    expected = validate(graph)
    with ThreadPoolExecutor(max_workers=4) as pool:
        reports = list(pool.map(validate, [graph] * 16))
        references = list(pool.map(validate_with_pyshacl, [graph] * 2))
    assert all(r == expected for r in reports + references)
    assert not expected.conforms


@pytest.mark.parametrize(
    "case", all_cases(), ids=lambda c: f"{c.shape}:{c.component}:{c.focus_class or ''}"
)
def test_validation_reports_each_broken_constraint_alone(case: Case) -> None:
    graph, focus, path = broken_graph(case)
    expected = expected_prefix(case, focus, path)

    fast = validate(graph)
    reference = validate_with_pyshacl(graph)

    assert not reference.conforms
    assert reference.messages, "pySHACL found nothing"
    also = [expected_prefix(Case(shape, ""), focus, path_of(shape)) for shape in ALSO.get(case, [])]
    assert all(line.startswith((expected, *also)) for line in reference.messages), (
        reference.messages
    )
    assert fast == reference


def test_validation_reports_a_start_after_the_end() -> None:
    visit = NamedNode(ID + "visit/anna-example-fd-2024")
    graph = replace(valid_triples(), visit, DIP + "startDate", [date("2024-12-01")])
    graph = reachable(graph, visit)
    message = str(shapes().value(URIRef(SHAPES + "Visit-dateOrder"), SH.message))

    report = validate(graph)

    assert report == validate_with_pyshacl(graph)
    assert report.messages == [
        f'dkgid:visit/anna-example-fd-2024 dip:startDate: {message} (value: "2024-12-01"^^xsd:date)'
    ]


@pytest.mark.parametrize(
    ("start", "end", "conforms"),
    [
        ("2024-11-05", "2024-11-05", True),
        ("2024-11-05", "2024-11-07", True),
        ("2024-11-07", "2024-11-05", False),
        ("2024-11-30", "2024-11", True),  # month of the end contains the start
        ("2024-12-01", "2024-11", False),
        ("2024-11", "2024-11-01", True),
        ("2025", "2024-12-31", False),
        ("2024", "2024-03", True),
        ("--12-30", "--01-02", True),  # no year: may cross the new year, never compared
        ("--12-30", "2024-01-02", True),
    ],
)
def test_validation_compares_dates_at_the_coarser_precision(
    start: str, end: str, conforms: bool
) -> None:
    visit = NamedNode(ID + "visit/anna-example-fd-2024")
    graph = replace(valid_triples(), visit, DIP + "startDate", [date(start)])
    graph = replace(graph, visit, DIP + "endDate", [date(end)])
    graph = reachable(graph, visit)

    report = validate(graph)

    assert report.conforms is conforms
    assert report == validate_with_pyshacl(graph)


@pytest.mark.parametrize(
    ("lexical", "datatype"),
    [
        ("2024-02-30", "date"),
        ("2023-02-29", "date"),
        ("2024-1-5", "date"),
        ("5 November 2024", "date"),
        ("x", "integer"),
        ("2024", "string"),
    ],
)
def test_validation_rejects_ill_typed_dates_with_both_validators(
    lexical: str, datatype: str
) -> None:
    meeting = NamedNode(ID + "meeting/doc1-3fa2c1")
    value = Literal(lexical, datatype=NamedNode(str(XSD) + datatype))
    graph = reachable(replace(valid_triples(), meeting, DIP + "date", [value]), meeting)

    report = validate(graph)

    assert not report.conforms
    assert report == validate_with_pyshacl(graph)


def test_validation_is_stricter_than_rdflib_on_lexical_forms() -> None:
    """rdflib accepts "2024-13"^^xsd:gYearMonth; the fast path follows XSD and rejects it."""
    meeting = NamedNode(ID + "meeting/doc1-3fa2c1")
    value = Literal("2024-13", datatype=NamedNode(str(XSD.gYearMonth)))
    graph = reachable(replace(valid_triples(), meeting, DIP + "date", [value]), meeting)

    assert not validate(graph).conforms


# --- building broken graphs ------------------------------------------------------------------


def broken_graph(case: Case) -> tuple[list[Triple], Term, str | None]:
    """The valid document with one constraint broken, cut down to what the focus reaches."""
    g = shapes()
    shape = URIRef(SHAPES + case.shape)
    triples = list(valid_triples())
    if case.component == "nodeKind" and (shape, RDF.type, SH.NodeShape) in g:
        focus = focus_node(shape, None, case.focus_class)
        blank = BlankNode()
        copy = [Triple(blank, t.predicate, t.object) for t in triples if t.subject == focus]
        return reachable(triples + copy, blank), blank, None

    path = str(g.value(shape, SH.path))
    focus = focus_node(node_shape_of(shape), path, case.focus_class)
    values = [t.object for t in triples if t.subject == focus and t.predicate.value == path]
    extra: list[Triple] = []
    if case.component == "minCount":
        new_values: list[Term] = []
    elif case.component == "maxCount":
        alternative, extra = other_value(shape, values[0], triples)
        new_values = [*values, alternative]
    elif case.component == "class":
        new_values = [UNTYPED]
    elif case.component == "datatype":
        datatype = str(g.value(shape, SH.datatype))
        # Same lexical form, another datatype; an integer as a decimal still compares as a number.
        wrong = str(XSD.decimal) if datatype == str(XSD.integer) else str(XSD.token)
        new_values = [
            Literal("x", language="en")
            if datatype == str(XSD.string)
            else Literal(str(values[0].value), datatype=NamedNode(wrong))
        ]
    elif case.component == "nodeKind":
        blank = BlankNode()
        extra = [Triple(blank, t.predicate, t.object) for t in triples if t.subject == values[0]]
        new_values = [blank]
    elif case.component == "in":
        member = next(iter(Collection(g, g.value(shape, SH["in"]))))
        new_values = [
            NamedNode(str(member) + "-unknown") if isinstance(member, URIRef) else Literal("XYZ")
        ]
    elif case.component == "or":
        new_values = [Literal("x", language="en")]
    elif case.component == "pattern":
        new_values = [Literal("?")]
    elif case.component == "minLength":
        new_values = [Literal("")]
    elif case.component in ("minInclusive", "minExclusive", "maxInclusive"):
        limit = g.value(shape, SH[case.component])
        step = {"minInclusive": -1, "minExclusive": 0, "maxInclusive": 1}[case.component]
        datatype = str(g.value(shape, SH.datatype))
        lexical = (
            str(int(str(limit)) + step)
            if datatype == str(XSD.integer)
            else f"{int(str(limit)) + step}.0"
        )
        new_values = [Literal(lexical, datatype=NamedNode(datatype))]
    elif case.component == "lessThan":
        other = str(g.value(shape, SH.lessThan))
        new_values = [
            t.object for t in triples if t.subject == focus and t.predicate.value == other
        ]
    else:
        raise AssertionError(f"no way to break {case.component}")
    graph = replace(triples, focus, path, new_values) + extra
    return reachable(graph, focus), focus, path


def expected_prefix(case: Case, focus: Term, path: str | None) -> str:
    """How a report line about this shape starts: focus, path, sh:message."""
    message = str(shapes().value(URIRef(SHAPES + case.shape), SH.message))
    where = "[blank node]" if isinstance(focus, BlankNode) else compact(focus.value)
    return f"{where}: {message}" if path is None else f"{where} {compact(path)}: {message}"


PREFIXES = {
    ID: "dkgid:",
    DIP: "dip:",
    "https://schema.org/": "schema:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/ns/org#": "org:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
}


def compact(iri: str) -> str:
    for namespace, prefix in PREFIXES.items():
        if iri.startswith(namespace):
            return prefix + iri.removeprefix(namespace)
    return f"<{iri}>"


def path_of(shape: str) -> str:
    return str(shapes().value(URIRef(SHAPES + shape), SH.path))


def node_shape_of(prop: URIRef) -> URIRef:
    owner = shapes().value(None, SH.property, prop)
    assert isinstance(owner, URIRef)
    return owner


def focus_node(node_shape: URIRef, path: str | None, focus_class: str | None) -> Term:
    """A target of the shape in the valid document, one with a value for path if possible."""
    g = shapes()
    classes = (
        [focus_class] if focus_class else [str(c) for c in g.objects(node_shape, SH.targetClass)]
    )
    subjects_of = [str(p) for p in g.objects(node_shape, SH.targetSubjectsOf)]
    candidates = sorted(
        {
            t.subject
            for t in valid_triples()
            if (t.predicate.value == str(RDF.type) and t.object.value in classes)
            or t.predicate.value in subjects_of
        },
        key=str,
    )
    with_value = [
        c
        for c in candidates
        if any(t.subject == c and t.predicate.value == path for t in valid_triples())
    ]
    assert candidates, f"valid_document.ttl has no target of {node_shape}"
    return (with_value or candidates)[0]


def other_value(shape: URIRef, value: Term, triples: list[Triple]) -> tuple[Term, list[Triple]]:
    """A second value that satisfies every other constraint of the shape."""
    g = shapes()
    allowed = g.value(shape, SH["in"])
    if allowed is not None:
        members = [m for m in Collection(g, allowed) if str(m) != value.value]
        member = members[0]
        return (NamedNode(str(member)) if isinstance(member, URIRef) else Literal(str(member))), []
    if isinstance(value, NamedNode):
        copy = NamedNode(value.value + "-copy")
        return copy, [Triple(copy, t.predicate, t.object) for t in triples if t.subject == value]
    assert isinstance(value, Literal)
    return Literal(tweak(value.value, value.datatype.value), datatype=value.datatype), []


def tweak(lexical: str, datatype: str) -> str:
    """A different lexical form of the same datatype that keeps patterns and ranges."""
    if datatype == str(XSD.integer):
        return str(int(lexical) + 1)
    if datatype == str(XSD.decimal):
        return str(Decimal(lexical) / 2)
    if datatype == str(XSD.boolean):
        return "false" if lexical == "true" else "true"
    last = lexical[-1]
    if last.isdigit():
        digit = int(last)
        return lexical[:-1] + str(digit - 1 if digit > 1 else digit + 1)
    if last.isalpha():
        swap = "b" if last.lower() == "a" else "a"
        return lexical[:-1] + (swap.upper() if last.isupper() else swap)
    return lexical + "x"


def replace(
    triples: Iterator[Triple] | tuple[Triple, ...] | list[Triple],
    subject: Term,
    predicate: str,
    values: list[Term],
) -> list[Triple]:
    kept = [t for t in triples if not (t.subject == subject and t.predicate.value == predicate)]
    return kept + [Triple(subject, NamedNode(predicate), v) for v in values]


def reachable(triples: list[Triple], start: Term) -> list[Triple]:
    """The triples of every node reachable from start: a small graph that is still complete."""
    by_subject: dict[Term, list[Triple]] = {}
    for t in triples:
        by_subject.setdefault(t.subject, []).append(t)
    seen = {start}
    todo = [start]
    kept = []
    while todo:
        node = todo.pop()
        for t in by_subject.get(node, []):
            kept.append(t)
            if (
                t.predicate.value != str(RDF.type)
                and t.object not in seen
                and not isinstance(t.object, Literal)
            ):
                seen.add(t.object)
                todo.append(t.object)
    return kept


def date(lexical: str) -> Literal:
    datatype = (
        "date"
        if len(lexical) == 10 and not lexical.startswith("--")
        else (
            "gMonthDay"
            if lexical.startswith("--")
            else "gYearMonth"
            if len(lexical) == 7
            else "gYear"
        )
    )
    return Literal(lexical, datatype=NamedNode(str(XSD) + datatype))
