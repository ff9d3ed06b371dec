"""Real clients against the service on a real socket: SPARQLWrapper, rdflib's SPARQLStore and
plain HTTP the way pandas.read_csv and `dkg export` use it."""

from __future__ import annotations

import csv
import io
import urllib.request
from urllib.parse import urlencode

import pytest
from pyoxigraph import RdfFormat, parse
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, N3, TURTLE, XML, SPARQLWrapper

from tests.service.protocol.conftest import RunningServer

DIP = "https://w3id.org/diplomatic-kg/ontology#"
DOCS = f"SELECT ?name WHERE {{ ?d a <{DIP}Document> ; <{DIP}name> ?name }} ORDER BY ?name"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_clients_sparqlwrapper_select(live_server: RunningServer, method: str) -> None:
    client = SPARQLWrapper(f"{live_server.url}/sparql")
    client.setMethod(method)
    client.setQuery(DOCS)
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
    assert [row["name"]["value"] for row in rows] == ["alpha", "beta", "gamma"]


def test_clients_sparqlwrapper_formats(live_server: RunningServer) -> None:
    client = SPARQLWrapper(f"{live_server.url}/sparql")
    client.setQuery(DOCS)
    client.setReturnFormat(XML)
    xml = client.queryAndConvert()
    assert len(xml.getElementsByTagName("result")) == 3  # type: ignore[union-attr]
    client.setReturnFormat(CSV)
    assert client.queryAndConvert().decode().split() == ["name", "alpha", "beta", "gamma"]  # type: ignore[union-attr]
    client.setQuery(f"ASK {{ ?s a <{DIP}Visit> }}")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]


@pytest.mark.parametrize("return_format", [TURTLE, N3])
def test_clients_sparqlwrapper_construct(live_server: RunningServer, return_format: str) -> None:
    client = SPARQLWrapper(f"{live_server.url}/sparql")
    client.setQuery(f"CONSTRUCT {{ ?d <{DIP}name> ?n }} WHERE {{ ?d <{DIP}name> ?n }}")
    client.setReturnFormat(return_format)
    converted = client.queryAndConvert()
    graph = converted if isinstance(converted, Graph) else Graph().parse(data=converted)
    assert sorted(str(o) for o in graph.objects()) == ["alpha", "beta", "gamma"]


def test_clients_rdflib_sparqlstore(live_server: RunningServer) -> None:
    graph = Graph(store=SPARQLStore(f"{live_server.url}/sparql"))
    names = [str(row[0]) for row in graph.query(DOCS)]  # type: ignore[index]
    assert names == ["alpha", "beta", "gamma"]
    country = URIRef("https://w3id.org/diplomatic-kg/id/country/fr")
    assert Literal("France") in set(graph.objects(country, URIRef("https://schema.org/name")))
    assert graph.query(f"ASK {{ ?s a <{DIP}Visit> }}").askAnswer is True


def test_clients_csv_by_url_for_pandas(live_server: RunningServer) -> None:
    url = f"{live_server.url}/sparql?" + urlencode({"query": DOCS}) + "&format=csv"
    with urllib.request.urlopen(url) as response:
        rows = list(csv.DictReader(io.StringIO(response.read().decode())))
    assert [row["name"] for row in rows] == ["alpha", "beta", "gamma"]


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [("application/n-quads", RdfFormat.N_QUADS), ("application/trig", RdfFormat.TRIG)],
)
def test_clients_dataset_export_streams_every_quad(
    live_server: RunningServer, accept: str, rdf_format: RdfFormat
) -> None:
    request = urllib.request.Request(f"{live_server.url}/dataset", headers={"Accept": accept})
    with urllib.request.urlopen(request) as response:
        assert response.headers["content-type"].startswith(accept)
        quads = list(parse(response.read(), format=rdf_format))
    graphs = {quad.graph_name.value for quad in quads}  # type: ignore[union-attr]
    assert graphs == {
        f"https://w3id.org/diplomatic-kg/graph/{n}" for n in ("alpha", "beta", "gamma")
    }
    with urllib.request.urlopen(
        f"{live_server.url}/sparql?"
        + urlencode({"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "format": "csv"})
    ) as response:
        assert int(response.read().decode().split()[1]) == len(quads)


def test_clients_void_describes_the_dataset(live_server: RunningServer) -> None:
    with urllib.request.urlopen(f"{live_server.url}/.well-known/void") as response:
        graph = Graph().parse(data=response.read(), format="turtle")
    void = "http://rdfs.org/ns/void#"
    [triples] = list(graph.objects(None, URIRef(void + "triples")))
    assert int(triples) > 100
    classes = {str(c) for c in graph.objects(None, URIRef(void + "class"))}
    assert f"{DIP}Visit" in classes
    [endpoint] = list(graph.objects(None, URIRef(void + "sparqlEndpoint")))
    assert str(endpoint) == f"{live_server.url}/sparql"
