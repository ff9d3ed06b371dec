"""Human-readable documentation of the ontology and code lists, generated from the Turtle.

The service serves ``render_html()``; ``render_markdown()`` is checked in as ontology/ONTOLOGY.md.
A test keeps that file up to date; regenerate it with
``python -m dkg.ontology.docs > ontology/ONTOLOGY.md``.
Both come from the same tables, so they never disagree.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, URIRef
from rdflib.term import Node

from dkg.ontology import DIP, DIPV, ONTOLOGY_FILE, SECTORS_FILE, VOCABULARY_FILE

_PREFIXES = (
    ("dip:", DIP),
    ("dipv:", DIPV),
    ("schema:", "https://schema.org/"),
    ("sem:", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
    ("org:", "http://www.w3.org/ns/org#"),
    ("time:", "http://www.w3.org/2006/time#"),
    ("prov:", "http://www.w3.org/ns/prov#"),
    ("qb:", "http://purl.org/linked-data/cube#"),
    ("skos:", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms:", "http://purl.org/dc/terms/"),
    ("nif:", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
    ("sdmx-attribute:", "http://purl.org/linked-data/sdmx/2009/attribute#"),
    ("sdmx-dimension:", "http://purl.org/linked-data/sdmx/2009/dimension#"),
    ("nace:", "http://data.europa.eu/ux2/nace2/"),
    ("wd:", "http://www.wikidata.org/entity/"),
    ("xsd:", "http://www.w3.org/2001/XMLSchema#"),
    ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl:", "http://www.w3.org/2002/07/owl#"),
)
_WIKIDATA_MAPPING = URIRef(DIP + "wikidataMapping")
_QB_STRUCTURE = URIRef("http://purl.org/linked-data/cube#DataStructureDefinition")
_ALIGNMENTS = (
    (RDFS.subClassOf, "⊑"),
    (RDFS.subPropertyOf, "⊑"),
    (SKOS.closeMatch, "≈"),
    (RDFS.seeAlso, "see"),
)


@dataclass(frozen=True)
class Table:
    """One section of the documentation: a heading, a sentence, and rows of plain-text cells."""

    title: str
    intro: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def render_markdown() -> str:
    """The ontology, code lists and sector scheme as Markdown tables."""
    parts = [
        "# Diplomatic knowledge graph: ontology reference\n",
        "Generated from ontology/ontology.ttl, vocabularies.ttl and sectors.ttl by "
        "`dkg.ontology.docs`; do not edit by hand. "
        "⊑ = sub-class/sub-property of, ≈ = skos:closeMatch, see = rdfs:seeAlso.\n",
    ]
    for table in documentation_tables():
        parts.append(f"## {table.title}\n\n{table.intro}\n")
        parts.append("| " + " | ".join(table.headers) + " |")
        parts.append("|" + " --- |" * len(table.headers))
        parts += ["| " + " | ".join(_markdown_cell(c) for c in row) + " |" for row in table.rows]
        parts.append("")
    return "\n".join(parts)


def render_html() -> str:
    """The same tables as a standalone HTML page."""
    body = []
    for table in documentation_tables():
        head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
            for row in table.rows
        )
        body.append(
            f"<h2>{html.escape(table.title)}</h2><p>{html.escape(table.intro)}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Diplomatic knowledge graph: ontology reference</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px;vertical-align:top;text-align:left}</style>"
        "</head><body><h1>Diplomatic knowledge graph: ontology reference</h1>"
        "<p>⊑ = sub-class/sub-property of, ≈ = skos:closeMatch, see = rdfs:seeAlso.</p>"
        + "".join(body)
        + "</body></html>"
    )


@cache
def documentation_tables() -> tuple[Table, ...]:
    """Every table of the documentation, in reading order."""
    ontology = Graph().parse(ONTOLOGY_FILE)
    vocabularies = Graph().parse(VOCABULARY_FILE)
    sectors = Graph().parse(SECTORS_FILE)
    tables = [
        _terms_table(
            ontology,
            "Classes",
            "Our classes and their alignment.",
            (OWL.Class,),
            with_domain_range=False,
        ),
        _terms_table(
            ontology,
            "Properties",
            "Our properties: domain → range, and alignment to the standards and Wikidata.",
            (OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, OWL.AnnotationProperty),
            with_domain_range=True,
        ),
        _terms_table(
            ontology,
            "Datatypes and data structures",
            "How dates of each precision are written, and the Data Cube structure of figures.",
            (RDFS.Datatype, _QB_STRUCTURE),
            with_domain_range=False,
        ),
        _profile_table(ontology),
    ]
    tables += [_scheme_table(vocabularies, s) for s in _schemes(vocabularies)]
    tables += [_scheme_table(sectors, s) for s in _schemes(sectors)]
    return tuple(tables)


def _terms_table(
    graph: Graph, title: str, intro: str, kinds: tuple[URIRef, ...], *, with_domain_range: bool
) -> Table:
    terms = sorted(
        {s for kind in kinds for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    )
    rows = []
    for term in terms:
        row = [_compact(term), _text(graph.value(term, RDFS.label))]
        row.append(_text(graph.value(term, RDFS.comment)))
        if with_domain_range:
            domain = _join(graph.objects(term, RDFS.domain)) or "—"
            row.append(f"{domain} → {_join(graph.objects(term, RDFS.range)) or '—'}")
        row.append(_alignment(graph, term))
        rows.append(tuple(row))
    headers: tuple[str, ...] = ("term", "label", "comment")
    headers += ("domain → range", "alignment") if with_domain_range else ("alignment",)
    return Table(title, intro, headers, tuple(rows))


def _profile_table(graph: Graph) -> Table:
    terms = sorted(s for s in graph.subjects(SKOS.scopeNote, None) if isinstance(s, URIRef))
    rows = tuple(
        (_compact(t), _text(graph.value(t, SKOS.scopeNote)), _alignment(graph, t)) for t in terms
    )
    intro = "Terms of other vocabularies that the graph uses as they are, and how."
    return Table("External terms (application profile)", intro, ("term", "use", "alignment"), rows)


def _schemes(graph: Graph) -> list[URIRef]:
    return sorted(s for s in graph.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef))


def _scheme_table(graph: Graph, scheme: URIRef) -> Table:
    concepts = sorted(c for c in graph.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef))
    rows = tuple(
        (
            _compact(c),
            _text(graph.value(c, SKOS.prefLabel)),
            ", ".join(sorted(str(a) for a in graph.objects(c, SKOS.altLabel))),
            _join(graph.objects(c, SKOS.broader)),
            _text(graph.value(c, SKOS.definition)),
            _join(graph.objects(c, SKOS.closeMatch)),
        )
        for c in concepts
    )
    title = f"Code list {_compact(scheme)}: {_text(graph.value(scheme, SKOS.prefLabel))}"
    intro = f"{_text(graph.value(scheme, SKOS.definition))} {len(rows)} concepts."
    headers = ("concept", "label", "other labels", "broader", "definition", "close match")
    return Table(title, intro, headers, rows)


def _alignment(graph: Graph, term: URIRef) -> str:
    parts = [
        f"{symbol} {_compact(o)}"
        for predicate, symbol in _ALIGNMENTS
        for o in sorted(graph.objects(term, predicate), key=str)
        if not isinstance(o, BNode)
    ]
    mapping = graph.value(term, _WIKIDATA_MAPPING)
    if mapping is not None:
        parts.append(f"Wikidata: {mapping}")
    return "; ".join(parts)


def _join(nodes: Iterable[Node]) -> str:
    return ", ".join(sorted(_compact(n) for n in nodes if not isinstance(n, BNode)))


def _compact(node: Node) -> str:
    text = str(node)
    for prefix, namespace in _PREFIXES:
        if text.startswith(namespace):
            return prefix + text[len(namespace) :]
    return text


def _text(node: Node | None) -> str:
    """The text of a literal on one line (tables have no line breaks); empty when absent."""
    return "" if node is None else " ".join(str(node).split())


def _markdown_cell(text: str) -> str:
    return text.replace("|", "\\|")


if __name__ == "__main__":
    print(render_markdown(), end="")
