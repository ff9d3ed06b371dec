"""Every error is one RFC 9457 problem+json body that says what to do, never a stack trace."""

from __future__ import annotations

import random

import pytest
from fastapi.testclient import TestClient
from httpx import Response

PROBLEM = "application/problem+json"


def assert_problem(response: Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    body = response.json()
    assert response.headers["content-type"] == PROBLEM
    assert set(body) >= {"type", "title", "status", "detail"}
    assert body["status"] == status
    assert "Traceback" not in response.text
    return dict(body)


def test_errors_unknown_path_is_a_problem(shared_client: TestClient) -> None:
    response = shared_client.get("/no/such/path")
    assert_problem(response, 404)


def test_errors_wrong_method_is_a_problem(shared_client: TestClient) -> None:
    response = shared_client.patch("/sparql")
    assert_problem(response, 405)


def test_errors_malformed_query_carries_the_parser_message(shared_client: TestClient) -> None:
    response = shared_client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    body = assert_problem(response, 400)
    assert body["title"] == "Malformed query"
    assert "error at 1:" in str(body["detail"])  # the position the parser reports


def test_errors_invalid_parameter_is_422_with_the_name(shared_client: TestClient) -> None:
    response = shared_client.get("/sparql", params={"query": "ASK {}", "format": "pdf"})
    body = assert_problem(response, 422)
    assert "format" in str(body["detail"])


@pytest.mark.parametrize(
    "iri", ["not an iri", "http://exa mple.org/", "<http://example.org/>", "relative/path"]
)
def test_errors_invalid_graph_iri_is_422(shared_client: TestClient, iri: str) -> None:
    response = shared_client.get("/sparql", params={"query": "ASK {}", "named-graph-uri": iri})
    assert_problem(response, 422)


def test_errors_upload_without_ingest_says_why(shared_client: TestClient) -> None:
    response = shared_client.post(
        "/api/documents",
        json={"name": "x", "text": "y"},
        headers={"Authorization": "Bearer test-update-token"},
    )
    body = assert_problem(response, 405)
    assert "ingestion" in str(body["detail"])


def test_errors_openapi_documents_every_route(shared_client: TestClient) -> None:
    spec = shared_client.get("/openapi.json").json()
    sparql = spec["paths"]["/sparql"]
    names = {p["name"] for p in sparql["get"]["parameters"]}
    assert {"query", "default-graph-uri", "named-graph-uri", "format"} <= names
    body = sparql["post"]["requestBody"]["content"]
    assert set(body) == {
        "application/x-www-form-urlencoded",
        "application/sparql-query",
        "application/sparql-update",
    }
    for path in ("/store", "/dataset", "/.well-known/void", "/api/documents", "/health"):
        assert path in spec["paths"]


def test_errors_generated_requests_never_get_a_5xx(shared_client: TestClient) -> None:
    """Random methods, parameters, headers and bodies (quotes, braces, `} UNION {`, NUL,
    oversized values...) on every route: a 4xx or a 200, never a server error."""
    rng = random.Random(5)  # noqa: S311 - reproducible test input, not a secret
    nasty = [
        "",
        " ",
        "\x00",
        "%",
        "<",
        ">",
        "{",
        "}",
        "} UNION {",
        '"',
        "'",
        "\n",
        "a" * 3000,
        "http://x",
        "ü",
        "format",
        "*/*",
        "text/csv;q=abc",
        ";;",
        ",,,",
        "ASK {}",
    ]
    header_values = [v for v in nasty if v.isascii() and v.isprintable()]
    paths = [
        "/sparql",
        "/store",
        "/dataset",
        "/.well-known/void",
        "/api/documents",
        "/health",
        "/api/visits",
        "/api/people",
        "/api/queries",
        "/id/country/fr",
        "/id/person/x",
        "/",
    ]
    names = [
        "query",
        "update",
        "format",
        "default-graph-uri",
        "named-graph-uri",
        "graph",
        "default",
        "limit",
        "offset",
        "country",
        "from",
    ]
    types = [
        "application/sparql-query",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "application/json",
        "text/turtle",
        *header_values,
    ]
    bodies = [b"", b"ASK {}", b"query=ASK%20{}", b"{}", b'{"name":"x","text":"y"}', b"\xff\xfe"]
    for _ in range(400):
        headers = {}
        if rng.random() < 0.5:
            headers["accept"] = rng.choice([*header_values, "text/turtle"])
        if rng.random() < 0.5:
            headers["content-type"] = rng.choice(types)
        if rng.random() < 0.3:
            headers["authorization"] = rng.choice(["Bearer test-update-token", "Bearer x", "x"])
        response = shared_client.request(
            rng.choice(["GET", "POST", "PUT", "DELETE"]),
            rng.choice(paths),
            params=[(rng.choice(names), rng.choice(nasty)) for _ in range(rng.randint(0, 3))],
            headers=headers,
            content=rng.choice(bodies),
        )
        assert response.status_code < 500, (response.request.url, response.text)


def test_errors_api_docs_load_nothing_from_other_hosts(shared_client: TestClient) -> None:
    page = shared_client.get("/docs")
    assert page.status_code == 200
    assert "http://" not in page.text and "https://" not in page.text
    assert shared_client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
