"""Reading RDF files as document graphs (``dkg ingest x.ttl``).

A graph file (Turtle, N-Triples, RDF/XML, JSON-LD) is one document, named after the file. A
dataset file (N-Quads, TriG) is one document too, unless its named graphs are this project's
document graphs, as in the output of ``dkg export``: then each graph is restored as the document
it names, so an export can be ingested back. The export's graph of Wikidata links (``dkgl:``,
made by ``dkg link``) comes back as a graph of its own, not as a document named after the file:
else the links would be lost, since queries read them from that graph only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, RdfFormat, Triple, parse

from dkg.loaders.graph import DocumentError, DocumentGraph
from dkg.loaders.source import MAX_RDF_BYTES, decode_text, read_bytes
from dkg.ontology import BASE, DIP
from dkg.ontology.document_names import document_iri, document_name_of

RDF_EXTENSIONS: dict[str, RdfFormat] = {
    ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".trig": RdfFormat.TRIG,
    ".jsonld": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
}

LINKS = BASE + "links/"
"""The namespace of the graphs that are not documents: the links of ``dkg link``."""
_RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def is_rdf_file(path: Path) -> bool:
    """Whether the file's extension names an RDF syntax this reader parses."""
    return path.suffix.lower() in RDF_EXTENSIONS


def document_record(name: str, content: bytes) -> list[Triple]:
    """The triples that describe a stored document itself: its type, name and content hash."""
    node = document_iri(name)
    return [
        Triple(node, _RDF_TYPE, NamedNode(DIP + "Document")),
        Triple(node, NamedNode(DIP + "name"), Literal(name)),
        Triple(node, NamedNode(DIP + "sha256"), Literal(hashlib.sha256(content).hexdigest())),
    ]


def read_rdf_documents(path: Path) -> Iterator[DocumentGraph]:
    """Parse an RDF file into the document graph(s) it holds.

    Raises:
        DocumentError: the file is unreadable, not UTF-8 where the syntax requires it, does
            not parse (the message gives the parser's line and column), or mixes several
            graphs that are not document graphs of this project.
    """
    source = str(path)
    data = read_bytes(path, max_bytes=MAX_RDF_BYTES)
    rdf_format = RDF_EXTENSIONS[path.suffix.lower()]
    if rdf_format != RdfFormat.RDF_XML:  # RDF/XML declares its own encoding
        decode_text(data, source)
    try:
        quads = list(parse(data, format=rdf_format, base_iri=path.resolve().as_uri()))
    except SyntaxError as error:
        raise DocumentError(source, f"is not valid {rdf_format.name}: {error}") from None
    if not quads:
        raise DocumentError(source, f"holds no triples (parsed as {rdf_format.name})")

    groups: dict[str, list[Triple]] = {}
    links: dict[NamedNode, list[Triple]] = {}
    foreign: set[str] = set()
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, DefaultGraph):
            key = path.stem
        elif isinstance(graph, NamedNode) and (name := document_name_of(graph)) is not None:
            key = name
        elif isinstance(graph, NamedNode) and graph.value.startswith(LINKS):
            links.setdefault(graph, []).append(Triple(quad.subject, quad.predicate, quad.object))
            continue
        else:
            foreign.add(str(graph))
            key = path.stem
        groups.setdefault(key, []).append(Triple(quad.subject, quad.predicate, quad.object))
    if len(foreign) > 1:
        raise DocumentError(
            source,
            f"holds {len(foreign)} named graphs that are not document graphs of this project; "
            "put each document's graph in a file of its own",
        )
    for name, triples in groups.items():
        if name != path.stem:  # a restored document graph already describes its document
            yield DocumentGraph(name=name, source=f"{source}#{name}", statements=triples)
            continue
        stated = {(t.subject, t.predicate) for t in triples}
        record = [t for t in document_record(name, data) if (t.subject, t.predicate) not in stated]
        yield DocumentGraph(name=name, source=source, statements=triples + record)
    for graph, triples in links.items():
        yield DocumentGraph(
            name=graph.value[len(BASE) :],
            source=f"{source}#{graph.value}",
            statements=triples,
            graph=graph,
        )
