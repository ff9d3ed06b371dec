"""Self-descriptions of the service as RDF: the SPARQL 1.1 Service Description returned by
``GET /sparql`` and the VoID description of the dataset at ``/.well-known/void``.

- https://www.w3.org/TR/sparql11-service-description/
- https://www.w3.org/TR/void/ (section 7.2: ``/.well-known/void``)
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from dkg.ontology import BASE, DIP, ID
from dkg.service.results import SelectResult

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
DCTERMS_TITLE = NamedNode("http://purl.org/dc/terms/title")

_RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)

COUNT_QUERY = "SELECT (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } }"
"""The number of quads, for VoID."""
CLASS_QUERY = (
    "SELECT ?class (COUNT(DISTINCT ?s) AS ?entities) WHERE { ?s a ?class } GROUP BY ?class "
    "ORDER BY ?class"
)
"""Entities per class, for VoID class partitions."""


def _sd(name: str) -> NamedNode:
    return NamedNode(SD + name)


def _void(name: str) -> NamedNode:
    return NamedNode(VOID + name)


def service_description(
    base_url: str, *, updates: bool, federation: bool, graph_count: int
) -> list[Triple]:
    """The service description of the ``/sparql`` endpoint under ``base_url``."""
    service = NamedNode(f"{base_url}/sparql#service")
    dataset = BlankNode("dataset")
    default_graph = BlankNode("default_graph")
    triples = [
        Triple(service, RDF_TYPE, _sd("Service")),
        Triple(service, _sd("endpoint"), NamedNode(f"{base_url}/sparql")),
        Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        Triple(service, _sd("defaultDataset"), dataset),
        Triple(dataset, RDF_TYPE, _sd("Dataset")),
        Triple(dataset, _sd("defaultGraph"), default_graph),
        Triple(default_graph, RDF_TYPE, _sd("Graph")),
        Triple(
            default_graph,
            DCTERMS_TITLE,
            Literal(f"the union of the {graph_count} document graphs"),
        ),
    ]
    if updates:
        triples.append(Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Update")))
    if federation:
        triples.append(Triple(service, _sd("feature"), _sd("BasicFederatedQuery")))
    triples.extend(
        Triple(service, _sd("resultFormat"), NamedNode(FORMATS + name)) for name in _RESULT_FORMATS
    )
    return triples


def void_description(
    base_url: str, counts: SelectResult, classes: SelectResult, graph_count: int
) -> list[Triple]:
    """The VoID description of the dataset, from the results of the two queries above."""
    dataset = NamedNode(f"{base_url}/.well-known/void#dataset")
    triples = [
        Triple(dataset, RDF_TYPE, _void("Dataset")),
        Triple(dataset, DCTERMS_TITLE, Literal("Diplomatic knowledge graph")),
        Triple(dataset, _void("sparqlEndpoint"), NamedNode(f"{base_url}/sparql")),
        Triple(dataset, _void("dataDump"), NamedNode(f"{base_url}/dataset")),
        Triple(dataset, _void("uriSpace"), Literal(ID)),
        Triple(dataset, _void("vocabulary"), NamedNode(DIP)),
        Triple(dataset, _void("vocabulary"), NamedNode(BASE + "vocab/")),
        Triple(dataset, _void("vocabulary"), NamedNode("https://schema.org/")),
        Triple(dataset, _void("vocabulary"), NamedNode("http://www.w3.org/ns/prov#")),
        Triple(dataset, _void("documents"), Literal(str(graph_count), datatype=XSD_INTEGER)),
    ]
    for row in counts:
        if "triples" in row:
            triples.append(Triple(dataset, _void("triples"), row["triples"]))
    triples.extend(_class_partitions(dataset, classes))
    return triples


def _class_partitions(dataset: NamedNode, classes: SelectResult) -> Iterable[Triple]:
    for index, row in enumerate(classes):
        if not isinstance(row.get("class"), NamedNode) or "entities" not in row:
            continue
        partition = BlankNode(f"class{index}")
        yield Triple(dataset, _void("classPartition"), partition)
        yield Triple(partition, _void("class"), row["class"])
        yield Triple(partition, _void("entities"), row["entities"])
