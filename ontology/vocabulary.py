"""Typed access to the SKOS code lists and the sector scheme, for loaders and the service.

The Turtle files (vocabularies.ttl, sectors.ttl) are the single source: this module reads them
once, lazily, so a new concept needs no code change.

>>> visit_type_iri("state")
'https://w3id.org/diplomatic-kg/vocab/visit-type/state'
>>> next(c for c in sector_concepts() if c.iri.endswith("/nuclear-energy")).broader
'https://w3id.org/diplomatic-kg/vocab/sector/energy'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from dkg.ontology import DIPV, SHAPES, SHAPES_FILE, VOCABULARY_FILES

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_SH = "http://www.w3.org/ns/shacl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


@dataclass(frozen=True)
class SectorConcept:
    """One sector or area of cooperation: its IRI, labels (English) and broader sector, if any."""

    iri: str
    pref_label: str
    alt_labels: tuple[str, ...]
    broader: str | None


@dataclass(frozen=True)
class _Concept:
    iri: str
    scheme: str
    notation: str
    pref_label: str
    alt_labels: tuple[str, ...]
    broader: str | None


def sector_concepts() -> list[SectorConcept]:
    """Every concept of the dipv:sector scheme, in IRI order.

    Loaders match text against ``pref_label`` and ``alt_labels`` (each label belongs to one
    concept only, case-insensitively); prefer the longest match.
    """
    return [
        SectorConcept(c.iri, c.pref_label, c.alt_labels, c.broader)
        for c in _concepts()
        if c.scheme == DIPV + "sector"
    ]


def concept_iri(scheme: str, notation: str) -> str:
    """The IRI of the concept with this notation in a code list, e.g. ("status", "happened").

    Raises:
        ValueError: the scheme or the notation does not exist; the message lists the valid ones.
    """
    notations = {c.notation: c.iri for c in _concepts() if c.scheme == DIPV + scheme}
    if not notations:
        schemes = sorted({c.scheme.removeprefix(DIPV) for c in _concepts()})
        raise ValueError(f"no code list {scheme!r}; the code lists are {', '.join(schemes)}")
    if notation not in notations:
        raise ValueError(
            f"{notation!r} is not in the {scheme} code list; "
            f"use one of {', '.join(sorted(notations))}"
        )
    return notations[notation]


def visit_type_iri(name: str) -> str:
    """dipv:visit-type/{name}: state, official, working, private or unspecified."""
    return concept_iri("visit-type", name)


def status_iri(name: str) -> str:
    """dipv:status/{name}: happened, announced, cancelled or postponed."""
    return concept_iri("status", name)


def meeting_mode_iri(name: str) -> str:
    """dipv:meeting-mode/{name}: in-person, phone or video."""
    return concept_iri("meeting-mode", name)


def meeting_format_iri(name: str) -> str:
    """dipv:meeting-format/{name}: bilateral, multilateral, narrow or extended."""
    return concept_iri("meeting-format", name)


def agreement_kind_iri(name: str) -> str:
    """dipv:agreement-kind/{name}: treaty, agreement, joint-declaration, ..., package."""
    return concept_iri("agreement-kind", name)


def agreement_level_iri(name: str) -> str:
    """dipv:agreement-level/{name}: intergovernmental, interdepartmental, commercial, ..."""
    return concept_iri("agreement-level", name)


def agreement_status_iri(name: str) -> str:
    """dipv:agreement-status/{name}: signed or planned."""
    return concept_iri("agreement-status", name)


def figure_kind_iri(name: str) -> str:
    """dipv:figure-kind/{name}: trade_turnover, exports, imports, investment, growth_percent, ..."""
    return concept_iri("figure-kind", name)


def event_type_iri(name: str) -> str:
    """dipv:event-type/{name}: forum, summit, ceremony, exhibition, conference or other."""
    return concept_iri("event-type", name)


def organization_type_iri(name: str) -> str:
    """dipv:organization-type/{name}: government-body, university, agency, ..."""
    return concept_iri("organization-type", name)


def sector_iri(slug: str) -> str:
    """dipv:sector/{slug}, e.g. "nuclear-energy"."""
    return concept_iri("sector", slug)


@cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes that schema:currency accepts (the sh:in list of shapes.ttl)."""
    owner = NamedNode(SHAPES + "MonetaryAmount-currency")
    triples = [q.triple for q in parse(path=SHAPES_FILE, format=RdfFormat.TURTLE)]
    first = {t.subject: t.object for t in triples if t.predicate.value == _RDF + "first"}
    rest = {t.subject: t.object for t in triples if t.predicate.value == _RDF + "rest"}
    node = next(t.object for t in triples if t.subject == owner and t.predicate.value == _SH + "in")
    codes = set()
    while node in first:
        value = first[node]
        if isinstance(value, Literal):
            codes.add(value.value)
        node = rest[node]
    return frozenset(codes)


@cache
def _concepts() -> tuple[_Concept, ...]:
    by_subject: dict[str, dict[str, list[str]]] = {}
    for path in VOCABULARY_FILES:
        for quad in parse(path=path, format=RdfFormat.TURTLE):
            subject = quad.subject
            if isinstance(subject, NamedNode):
                values = by_subject.setdefault(subject.value, {})
                values.setdefault(quad.predicate.value, []).append(quad.object.value)
    concepts = []
    for iri, values in sorted(by_subject.items()):
        if _SKOS + "Concept" not in values.get(_RDF + "type", []):
            continue
        concepts.append(
            _Concept(
                iri=iri,
                scheme=values[_SKOS + "inScheme"][0],
                notation=values[_SKOS + "notation"][0],
                pref_label=values[_SKOS + "prefLabel"][0],
                alt_labels=tuple(values.get(_SKOS + "altLabel", [])),
                broader=values.get(_SKOS + "broader", [None])[0],
            )
        )
    return tuple(concepts)
