"""The SPARQL 1.1 Protocol, case by case, modelled on the W3C protocol test suite
(https://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest): each row is one
request a conforming endpoint must answer, with the status (and media type) it must answer with.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlencode

import httpx
import pytest
from fastapi.testclient import TestClient
from pyoxigraph import RdfFormat, parse

GRAPH = "https://w3id.org/diplomatic-kg/graph/"
ALPHA, BETA, GAMMA = GRAPH + "alpha", GRAPH + "beta", GRAPH + "gamma"
DOCS = "SELECT ?name WHERE { ?d a <https://w3id.org/diplomatic-kg/ontology#Document> ; <https://w3id.org/diplomatic-kg/ontology#name> ?name } ORDER BY ?name"  # noqa: E501
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
ASK = "ASK { ?s a <https://w3id.org/diplomatic-kg/ontology#Visit> }"
CONSTRUCT = "CONSTRUCT { ?d <http://example.org/named> ?n } WHERE { ?d <https://w3id.org/diplomatic-kg/ontology#name> ?n }"  # noqa: E501
DESCRIBE = "DESCRIBE <https://w3id.org/diplomatic-kg/id/country/fr>"
SPARQL_JSON = "application/sparql-results+json"
FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"


@dataclass(frozen=True)
class Case:
    """One protocol request and what must come back."""

    name: str
    method: str
    params: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    status: int = 200
    media_type: str | None = None


def form(*pairs: tuple[str, str]) -> bytes:
    return urlencode(pairs).encode()


CASES = [
    # Queries: the three ways of sending them.
    Case("query_get", "GET", [("query", DOCS)], media_type=SPARQL_JSON),
    Case(
        "query_post_form",
        "POST",
        headers={"Content-Type": FORM},
        body=form(("query", DOCS)),
        media_type=SPARQL_JSON,
    ),
    Case(
        "query_post_direct",
        "POST",
        headers={"Content-Type": "application/sparql-query"},
        body=DOCS.encode(),
        media_type=SPARQL_JSON,
    ),
    Case(
        "query_post_direct_utf8_charset",
        "POST",
        headers={"Content-Type": "application/sparql-query; charset=UTF-8"},
        body=DOCS.encode(),
        media_type=SPARQL_JSON,
    ),
    # Content types of each query form.
    Case(
        "query_content_type_select_xml",
        "GET",
        [("query", DOCS)],
        {"Accept": "application/sparql-results+xml"},
        media_type="application/sparql-results+xml",
    ),
    Case(
        "query_content_type_select_csv",
        "GET",
        [("query", DOCS)],
        {"Accept": "text/csv"},
        media_type="text/csv",
    ),
    Case(
        "query_content_type_select_tsv",
        "GET",
        [("query", DOCS)],
        {"Accept": "text/tab-separated-values"},
        media_type="text/tab-separated-values",
    ),
    Case(
        "query_content_type_ask",
        "GET",
        [("query", ASK)],
        {"Accept": "application/sparql-results+json"},
        media_type=SPARQL_JSON,
    ),
    Case(
        "query_content_type_ask_xml",
        "GET",
        [("query", ASK)],
        {"Accept": "application/sparql-results+xml"},
        media_type="application/sparql-results+xml",
    ),
    Case(
        "query_content_type_construct",
        "GET",
        [("query", CONSTRUCT)],
        {"Accept": "text/turtle"},
        media_type="text/turtle",
    ),
    Case(
        "query_content_type_describe",
        "GET",
        [("query", DESCRIBE)],
        {"Accept": "application/n-triples"},
        media_type="application/n-triples",
    ),
    Case("construct_default_turtle", "GET", [("query", CONSTRUCT)], media_type="text/turtle"),
    Case(
        "construct_jsonld",
        "GET",
        [("query", CONSTRUCT)],
        {"Accept": "application/ld+json"},
        media_type="application/ld+json",
    ),
    Case(
        "construct_rdfxml",
        "GET",
        [("query", CONSTRUCT)],
        {"Accept": "application/rdf+xml"},
        media_type="application/rdf+xml",
    ),
    # Negotiation details.
    Case(
        "q_values_pick_the_preferred",
        "GET",
        [("query", DOCS)],
        {"Accept": "application/sparql-results+json;q=0.2, text/csv;q=0.9"},
        media_type="text/csv",
    ),
    Case(
        "wildcard_gives_the_default",
        "GET",
        [("query", DOCS)],
        {"Accept": "*/*"},
        media_type=SPARQL_JSON,
    ),
    Case(
        "type_wildcard",
        "GET",
        [("query", DOCS)],
        {"Accept": "text/*"},
        media_type="text/csv",
    ),
    Case(
        "browser_accept_gets_xml",
        "GET",
        [("query", DOCS)],
        {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
        media_type="application/sparql-results+xml",
    ),
    Case(
        "format_overrides_accept",
        "GET",
        [("query", DOCS), ("format", "csv")],
        {"Accept": "application/sparql-results+json"},
        media_type="text/csv",
    ),
    Case(
        "format_for_a_graph",
        "GET",
        [("query", CONSTRUCT), ("format", "ntriples")],
        media_type="application/n-triples",
    ),
    Case(
        "nothing_acceptable",
        "GET",
        [("query", DOCS)],
        {"Accept": "image/png"},
        status=406,
        media_type="application/problem+json",
    ),
    Case(
        "graph_format_for_select_is_not_acceptable",
        "GET",
        [("query", DOCS)],
        {"Accept": "text/turtle"},
        status=406,
    ),
    Case(
        "csv_for_construct_not_acceptable",
        "GET",
        [("query", CONSTRUCT), ("format", "csv")],
        status=406,
    ),
    Case("unknown_format_value", "GET", [("query", DOCS), ("format", "pdf")], status=422),
    Case(
        "q_zero_excludes",
        "GET",
        [("query", DOCS)],
        {"Accept": "application/sparql-results+json;q=0, text/csv"},
        media_type="text/csv",
    ),
    # Service description.
    Case("service_description", "GET", media_type="text/turtle"),
    # Protocol errors (the W3C suite's "bad_" cases).
    Case("bad_query_method", "PUT", [("query", DOCS)], status=405),
    Case("bad_query_method_delete", "DELETE", [("query", DOCS)], status=405),
    Case("bad_multiple_queries", "GET", [("query", ASK), ("query", DOCS)], status=400),
    Case(
        "bad_multiple_queries_post",
        "POST",
        headers={"Content-Type": FORM},
        body=form(("query", ASK), ("query", DOCS)),
        status=400,
    ),
    Case(
        "bad_query_wrong_media_type",
        "POST",
        headers={"Content-Type": "text/plain"},
        body=DOCS.encode(),
        status=415,
    ),
    Case("bad_query_missing_form_type", "POST", body=form(("query", DOCS)), status=415),
    Case("bad_query_missing_direct_type", "POST", body=DOCS.encode(), status=415),
    Case(
        "bad_query_non_utf8",
        "POST",
        headers={"Content-Type": "application/sparql-query; charset=UTF-16"},
        body=DOCS.encode("utf-16"),
        status=415,
    ),
    Case(
        "bad_query_invalid_utf8_bytes",
        "POST",
        headers={"Content-Type": "application/sparql-query"},
        body=b'SELECT * WHERE { ?s ?p "\xff\xfe" }',
        status=400,
    ),
    Case("bad_query_syntax", "GET", [("query", "SELECT * WHERE {")], status=400),
    Case(
        "bad_query_syntax_post",
        "POST",
        headers={"Content-Type": "application/sparql-query"},
        body=b"ASK { ?s ?p }",
        status=400,
    ),
    Case(
        "bad_query_and_body",
        "POST",
        [("query", ASK)],
        {"Content-Type": "application/sparql-query"},
        body=DOCS.encode(),
        status=400,
    ),
    Case("bad_empty_form", "POST", headers={"Content-Type": FORM}, body=b"", status=400),
    Case("bad_update_get", "GET", [("update", "CLEAR ALL")], status=400),
    Case(
        "bad_multiple_updates",
        "POST",
        headers={"Content-Type": FORM},
        body=form(("update", "CLEAR ALL"), ("update", "CLEAR ALL")),
        status=400,
    ),
    Case(
        "bad_query_and_update",
        "POST",
        headers={"Content-Type": FORM},
        body=form(("query", ASK), ("update", "CLEAR ALL")),
        status=400,
    ),
    Case(
        "bad_update_wrong_media_type",
        "POST",
        headers={"Content-Type": "text/plain"},
        body=b"CLEAR ALL",
        status=415,
    ),
    Case(
        "bad_update_non_utf8",
        "POST",
        headers={"Content-Type": "application/sparql-update; charset=ISO-8859-1"},
        body=b"CLEAR ALL",
        status=415,
    ),
    Case(
        "bad_default_graph_iri",
        "GET",
        [("query", DOCS), ("default-graph-uri", "not an iri")],
        status=422,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_sparql_protocol_case(shared_client: TestClient, case: Case) -> None:
    response = shared_client.request(
        case.method, "/sparql", params=case.params, headers=case.headers, content=case.body
    )
    assert response.status_code == case.status, response.text
    if case.media_type:
        assert response.headers["content-type"].split(";")[0] == case.media_type
    if case.status >= 400:
        problem = response.json()
        assert problem["status"] == case.status and problem["detail"]
        assert "Traceback" not in response.text


def names(response_text: str) -> list[str]:
    return [b["name"]["value"] for b in json.loads(response_text)["results"]["bindings"]]


def test_sparql_protocol_default_graph_is_the_union(shared_client: TestClient) -> None:
    response = shared_client.get("/sparql", params={"query": DOCS})
    assert names(response.text) == ["alpha", "beta", "gamma"]


@pytest.mark.parametrize("method", ["GET", "POST form", "POST direct"])
def test_sparql_protocol_dataset_default_graphs(shared_client: TestClient, method: str) -> None:
    dataset = [("default-graph-uri", ALPHA), ("default-graph-uri", GAMMA)]
    if method == "GET":
        response = shared_client.get("/sparql", params=[("query", DOCS), *dataset])
    elif method == "POST form":
        response = shared_client.post(
            "/sparql", content=form(("query", DOCS), *dataset), headers={"Content-Type": FORM}
        )
    else:
        response = shared_client.post(
            "/sparql",
            params=dataset,
            content=DOCS.encode(),
            headers={"Content-Type": "application/sparql-query"},
        )
    assert response.status_code == 200
    assert names(response.text) == ["alpha", "gamma"]


def test_sparql_protocol_dataset_named_graphs(shared_client: TestClient) -> None:
    response = shared_client.get("/sparql", params=[("query", GRAPHS), ("named-graph-uri", BETA)])
    graphs = [b["g"]["value"] for b in response.json()["results"]["bindings"]]
    assert graphs == [BETA]


def test_sparql_protocol_dataset_full(shared_client: TestClient) -> None:
    query = (
        "SELECT ?name ?g WHERE { ?d <https://w3id.org/diplomatic-kg/ontology#name> ?name . "
        "GRAPH ?g { ?x a <https://w3id.org/diplomatic-kg/ontology#Document> } }"
    )
    response = shared_client.get(
        "/sparql",
        params=[("query", query), ("default-graph-uri", ALPHA), ("named-graph-uri", GAMMA)],
    )
    rows = response.json()["results"]["bindings"]
    assert [(r["name"]["value"], r["g"]["value"]) for r in rows] == [("alpha", GAMMA)]


def test_sparql_protocol_dataset_overrides_from(shared_client: TestClient) -> None:
    """query_multiple_dataset: the protocol's dataset replaces the query's FROM clauses."""
    query = DOCS.replace("WHERE", f"FROM <{BETA}> WHERE")
    alone = shared_client.get("/sparql", params={"query": query})
    assert names(alone.text) == ["beta"]
    overridden = shared_client.get(
        "/sparql", params=[("query", query), ("default-graph-uri", GAMMA)]
    )
    assert names(overridden.text) == ["gamma"]


def test_sparql_protocol_results_parse_in_every_format(shared_client: TestClient) -> None:
    def get(accept: str) -> str:
        response = shared_client.get("/sparql", params={"query": DOCS}, headers={"Accept": accept})
        assert response.headers["vary"].startswith("Accept")
        return response.text

    assert names(get(SPARQL_JSON)) == ["alpha", "beta", "gamma"]
    xml = ET.fromstring(get("application/sparql-results+xml"))  # noqa: S314 - our own output
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [e.text for e in xml.findall(".//r:literal", ns)] == ["alpha", "beta", "gamma"]
    assert list(csv.reader(io.StringIO(get("text/csv")))) == [
        ["name"],
        ["alpha"],
        ["beta"],
        ["gamma"],
    ]
    assert get("text/tab-separated-values").splitlines() == [
        "?name",
        '"alpha"',
        '"beta"',
        '"gamma"',
    ]


def test_sparql_protocol_ask_answers(shared_client: TestClient) -> None:
    response = shared_client.get("/sparql", params={"query": ASK})
    assert response.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", RdfFormat.TURTLE),
        ("application/n-triples", RdfFormat.N_TRIPLES),
        ("application/ld+json", RdfFormat.JSON_LD),
        ("application/rdf+xml", RdfFormat.RDF_XML),
    ],
)
def test_sparql_protocol_graphs_parse(
    shared_client: TestClient, accept: str, rdf_format: RdfFormat
) -> None:
    response = shared_client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    triples = list(parse(response.content, format=rdf_format))
    assert sorted(t.object.value for t in triples) == ["alpha", "beta", "gamma"]


def test_sparql_protocol_service_description(shared_client: TestClient) -> None:
    response = shared_client.get("/sparql")
    text = response.text
    triples = list(parse(response.content, format=RdfFormat.TURTLE))
    predicates = {t.predicate.value for t in triples}
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert {sd + "endpoint", sd + "supportedLanguage", sd + "resultFormat"} <= predicates
    assert "SPARQL11Update" in text  # the test app has an update token
    assert "BasicFederatedQuery" not in text  # and no SERVICE allow-list


def test_sparql_protocol_browser_without_query_goes_to_the_query_page(
    shared_client: TestClient,
) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = shared_client.get("/sparql", headers={"Accept": browser}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/"


def test_sparql_protocol_cross_origin_clients_read_the_answer(shared_client: TestClient) -> None:
    """A web page on another origin may query /sparql and read the row-cap headers: CORS
    applies to the SPARQL endpoint as to every other route (preflight included)."""
    origin = {"Origin": "https://notebook.example"}
    response = shared_client.post(
        "/sparql",
        content=ASK,
        headers={**origin, "Content-Type": "application/sparql-query", "Accept": SPARQL_JSON},
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    assert "result-truncated" in response.headers["access-control-expose-headers"].lower()
    error = shared_client.get("/sparql", params={"query": "SELEC nothing"}, headers=origin)
    assert error.status_code == 400
    assert error.headers["access-control-allow-origin"] == "*"
    preflight = shared_client.options(
        "/sparql",
        headers={
            **origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_sparql_protocol_cross_origin_headers_are_those_of_every_route(
    shared_client: TestClient,
) -> None:
    """A query answer, which skips the middleware, carries the same CORS headers as any other
    route's answer, with an Origin and without one."""
    for origin in ({"Origin": "https://notebook.example"}, {}):
        query = shared_client.post(
            "/sparql", content=ASK, headers={**origin, "Content-Type": QUERY_BODY}
        )
        health = shared_client.get("/health", headers=origin)
        assert query.status_code == health.status_code == 200

        def cross_origin(response: httpx.Response) -> dict[str, str]:
            return {k: v for k, v in response.headers.items() if k.startswith("access-control")}

        assert cross_origin(query) == cross_origin(health)
        assert "Origin" in [v.strip() for v in query.headers["vary"].split(",")]
        assert bool(cross_origin(query)) == bool(origin)


def test_sparql_protocol_head_answers_the_get_headers(shared_client: TestClient) -> None:
    response = shared_client.head("/sparql", params={"query": DOCS}, headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["result-truncated"] == "false"
    assert response.content == b""


def test_sparql_protocol_query_larger_than_the_pipe_buffer(shared_client: TestClient) -> None:
    """A query of megabytes (a long VALUES list pasted from a spreadsheet) reaches the worker
    whole, though the worker's socket takes far less at a time, and its answer comes back."""
    values = " ".join(f'"{number}"' for number in range(200_000))
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?v {{ {values} }} }}"
    assert len(query) > 1_000_000
    response = shared_client.post(
        "/sparql",
        content=query,
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert response.status_code == 200
    assert response.text.split() == ["n", "200000"]


def test_sparql_protocol_answers_say_what_they_vary_on(shared_client: TestClient) -> None:
    """A cache in front of the service keys answers by Accept and Origin (the CORS headers
    depend on it), and a text format names its charset."""
    response = shared_client.post(
        "/sparql", content=DOCS, headers={"Content-Type": QUERY_BODY, "Accept": "text/csv"}
    )
    assert response.status_code == 200
    assert [v.strip() for v in response.headers["vary"].split(",")] == ["Accept", "Origin"]
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["result-row-limit"] == "1000"


def test_sparql_protocol_query_sent_in_parts(shared_client: TestClient) -> None:
    """A client that streams its form (chunked, several parts) gets the same answer as one
    that sends it at once."""
    form = urlencode({"query": DOCS}).encode()

    def parts() -> Iterator[bytes]:
        for start in range(0, len(form), 7):
            yield form[start : start + 7]

    whole = shared_client.post("/sparql", content=form, headers={"Content-Type": FORM})
    streamed = shared_client.post("/sparql", content=parts(), headers={"Content-Type": FORM})
    assert streamed.status_code == whole.status_code == 200
    assert streamed.content == whole.content
