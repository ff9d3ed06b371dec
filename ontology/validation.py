"""Validate one document's graph against the SHACL shapes before it is stored.

Two validators give the same report:

- ``validate`` (the fast path, used on ingest): the shapes compiled to Python checks
  (dkg.ontology.compiled_shapes), about 1 ms for a typical document.
- ``validate_with_pyshacl`` (the reference, used by ``dkg validate`` and the tests): pySHACL.

A report line reads ``{focus node} {path}: {sh:message}`` and, when the violation concerns one
value, `` (value: {value})``; IRIs are shortened with the project's prefixes. Lines are sorted and
unique, so the two validators can be compared line by line.

Both are thread-safe: the shapes are parsed and compiled once, lazily, under a lock, and every
call builds its own store or graph.

Spec: https://www.w3.org/TR/shacl/#validation-report
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pyoxigraph import BlankNode, Literal, NamedNode, Triple
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RdflibLiteral
from rdflib.namespace import SH
from rdflib.term import Node

from dkg.ontology import PREFIXES, SHAPES, SHAPES_FILE
from dkg.ontology.compiled_shapes import CompiledShapes, compile_shapes
from dkg.ontology.document_index import TermTriple

# Longest namespace first, so a term is shortened by the most specific prefix.
_PREFIXES = tuple(
    sorted(
        ((f"{prefix}:", namespace) for prefix, namespace in {**PREFIXES, "dips": SHAPES}.items()),
        key=lambda pair: -len(pair[1]),
    )
)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

_lock = threading.Lock()
"""Serialises pySHACL runs, which share the parsed shapes graph."""
_init_lock = threading.Lock()
"""Makes the lazy parsing and compiling of the shapes happen once."""


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating one document graph: whether it conforms, and why not."""

    conforms: bool
    messages: list[str]


def validate(triples: Iterable[Triple | TermTriple]) -> ValidationReport:
    """Check a document graph against shapes.ttl with pyoxigraph (a few ms per document).

    The triples may come as their (subject, predicate, object) terms, as an emitter holds
    them (``DocumentGraph.statements``): that spares taking each Triple apart again.

    The graph must carry the rdf:type of every entity it references; the code lists are part
    of the shapes, so nothing else is needed.

    >>> validate([]).conforms
    True
    """
    lines = {
        _line(v.focus, v.path, v.message, v.value) for v in _compiled_shapes().violations(triples)
    }
    return _report(lines)


def validate_with_pyshacl(triples: Iterable[Triple]) -> ValidationReport:
    """Check a document graph against shapes.ttl with pySHACL, the reference implementation.

    Slower than ``validate`` (tens of ms); use it to check the fast path and in ``dkg validate``.
    """
    import pyshacl  # imported here: 0.2 s that ingest, which uses only validate(), never pays

    data = Graph()
    for t in triples:
        data.add((_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)))
    shapes = _shapes_graph()
    with _lock:  # pySHACL caches analysed shapes on the shapes graph; do not share it mid-run.
        _, results, _ = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=False
        )
    if not isinstance(results, Graph):
        raise TypeError("pySHACL returned no results graph")
    lines = set()
    for result in results.subjects(SH.focusNode, None):
        focus = _from_rdflib(results.value(result, SH.focusNode))
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        lines.add(
            _line(
                focus,
                None if path is None else str(path),
                str(message),
                None if value is None else _from_rdflib(value),
            )
        )
    return _report(lines)


def _report(lines: set[str]) -> ValidationReport:
    return ValidationReport(conforms=not lines, messages=sorted(lines))


def _line(
    focus: NamedNode | BlankNode | Literal | Triple,
    path: str | None,
    message: str,
    value: NamedNode | BlankNode | Literal | Triple | None,
) -> str:
    where = _format(focus) if path is None else f"{_format(focus)} {_compact(path)}"
    suffix = "" if value is None or value == focus else f" (value: {_format(value)})"
    return f"{where}: {message}{suffix}"


def _format(term: NamedNode | BlankNode | Literal | Triple) -> str:
    if isinstance(term, NamedNode):
        return _compact(term.value)
    if isinstance(term, BlankNode):
        return "[blank node]"  # blank node ids differ between stores; say what it is instead
    if isinstance(term, Literal):
        text = '"' + term.value.replace('"', '\\"') + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype.value == _XSD_STRING:
            return text
        return f"{text}^^{_compact(term.datatype.value)}"
    return str(term)


def _compact(iri: str) -> str:
    for prefix, namespace in _PREFIXES:
        if iri.startswith(namespace):
            return prefix + iri[len(namespace) :]
    return f"<{iri}>"


def _to_rdflib(term: NamedNode | BlankNode | Literal | Triple) -> Node:
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return RdflibLiteral(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            # rdflib tells "x" from "x"^^xsd:string (RDF 1.1 does not), and so would sh:in.
            return RdflibLiteral(term.value)
        return RdflibLiteral(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"RDF-star triples cannot be validated with pySHACL: {term}")


def _from_rdflib(term: Node | None) -> NamedNode | BlankNode | Literal:
    if isinstance(term, URIRef):
        return NamedNode(str(term))
    if isinstance(term, BNode):
        return BlankNode(str(term))
    if isinstance(term, RdflibLiteral):
        if term.language:
            return Literal(str(term), language=term.language)
        datatype = term.datatype or URIRef(_XSD_STRING)
        return Literal(str(term), datatype=NamedNode(str(datatype)))
    raise TypeError(f"unexpected term in a pySHACL report: {term!r}")


def _shapes_graph() -> Graph:
    with _init_lock:
        return _load_shapes()


def _compiled_shapes() -> CompiledShapes:
    with _init_lock:
        return _compile_loaded_shapes()


@cache
def _load_shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@cache
def _compile_loaded_shapes() -> CompiledShapes:
    return compile_shapes(_load_shapes())
