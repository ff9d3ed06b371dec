"""RDF terms the loaders write: ontology properties, code-list concepts and typed literals.

Kept in one place so that every IRI a loader emits can be checked against the ontology, and so
that emitters read as the data model does (``dip("hostCountry")``, ``code("status", "happened")``).
"""

from __future__ import annotations

import functools
from decimal import Decimal

from pyoxigraph import Literal, NamedNode

from dkg.loaders.document import PartialDate
from dkg.ontology import DIP, DIPV, WIKIDATA

XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_PREF_LABEL = NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_INTEGER = NamedNode(XSD + "integer")
_DECIMAL = NamedNode(XSD + "decimal")
_BOOLEAN = NamedNode(XSD + "boolean")
_GYEAR = NamedNode(XSD + "gYear")


@functools.cache
def dip(local: str) -> NamedNode:
    """A class or property of the project's ontology."""
    return NamedNode(DIP + local)


@functools.cache
def schema(local: str) -> NamedNode:
    """A schema.org class or property."""
    return NamedNode(SCHEMA + local)


@functools.cache
def prov(local: str) -> NamedNode:
    """A PROV-O class or property."""
    return NamedNode(PROV + local)


@functools.cache
def org(local: str) -> NamedNode:
    """A W3C Organization Ontology class or property."""
    return NamedNode(ORG + local)


@functools.cache
def code(scheme: str, value: str) -> NamedNode:
    """A concept of one of the project's SKOS code lists, e.g. ``dipv:status/happened``."""
    return NamedNode(f"{DIPV}{scheme}/{value}")


@functools.cache
def wikidata(qid: str) -> NamedNode:
    """The Wikidata entity of a QID."""
    return NamedNode(WIKIDATA + qid)


def string(value: str) -> Literal:
    """A plain xsd:string literal."""
    return Literal(value)


def integer(value: int) -> Literal:
    """An xsd:integer literal."""
    return Literal(str(value), datatype=_INTEGER)


def decimal(value: Decimal) -> Literal:
    """An xsd:decimal literal in plain notation (no exponent), as XSD requires."""
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=_DECIMAL)


def boolean(value: bool) -> Literal:
    """An xsd:boolean literal."""
    return Literal("true" if value else "false", datatype=_BOOLEAN)


@functools.lru_cache(maxsize=4096)
def date(value: PartialDate) -> Literal:
    """A date literal whose datatype states its precision (MODEL.md, "Dates")."""
    return Literal(value.lexical, datatype=_xsd(value.datatype))


@functools.cache
def _xsd(local: str) -> NamedNode:
    return NamedNode(XSD + local)


def year(value: int) -> Literal:
    """An xsd:gYear literal."""
    return Literal(f"{value:04d}", datatype=_GYEAR)
