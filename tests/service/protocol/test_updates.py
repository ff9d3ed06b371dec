"""Writes: SPARQL Update, the Graph Store Protocol and document upload are refused without the
service's token, and once accepted they are visible to the next query (a fresh snapshot)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from pyoxigraph import RdfFormat, parse

from dkg.cli.ingest import ingest_paths
from dkg.service.app import create_app
from dkg.service.store.embedded import EmbeddedStore
from tests.service.protocol.conftest import TOKEN, load_sample, make_settings

GRAPH = "http://example.org/graph/test"
COUNT_IN_GRAPH = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
INSERT = (
    f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <http://example.org/a> <http://example.org/p> "1" }} }}'
)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """A writable app of its own, with the ingest function ``dkg serve`` hands over."""
    store = EmbeddedStore()
    load_sample(store)
    app = create_app(make_settings(tmp_path), store=store, ingest=ingest_paths)
    with TestClient(app) as client:
        yield client


def count(client: TestClient, query: str = COUNT_IN_GRAPH) -> int:
    response = client.get("/sparql", params={"query": query})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 403),
        ({"Authorization": f"Basic {TOKEN}"}, 401),
        ({"Authorization": "Bearer "}, 401),
    ],
)
def test_updates_need_the_token(client: TestClient, headers: dict[str, str], status: int) -> None:
    response = client.post(
        "/sparql",
        content=INSERT.encode(),
        headers={**headers, "Content-Type": "application/sparql-update"},
    )
    assert response.status_code == status
    if status == 401:
        assert response.headers["www-authenticate"].startswith("Bearer")
    assert count(client) == 0


def test_updates_disabled_without_a_configured_token(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, update_token=None), store=EmbeddedStore())
    with TestClient(app) as client:
        response = client.post(
            "/sparql", data={"update": INSERT}, headers={"Authorization": "Bearer anything"}
        )
        assert response.status_code == 403
        assert "read-only" in response.json()["detail"]
        assert "SPARQL11Update" not in client.get("/sparql").text


@pytest.mark.parametrize("how", ["form", "direct"])
def test_updates_with_the_token_are_visible_to_queries(
    client: TestClient, auth: dict[str, str], how: str
) -> None:
    if how == "form":
        response = client.post("/sparql", data={"update": INSERT}, headers=auth)
    else:
        response = client.post(
            "/sparql",
            content=INSERT.encode(),
            headers={**auth, "Content-Type": "application/sparql-update"},
        )
    assert response.status_code == 204
    assert count(client) == 1
    version = client.get("/health").json()["version"]
    client.post("/sparql", data={"update": f"DROP GRAPH <{GRAPH}>"}, headers=auth)
    assert count(client) == 0
    assert client.get("/health").json()["version"] != version


def test_updates_malformed_update_is_400(client: TestClient, auth: dict[str, str]) -> None:
    response = client.post("/sparql", data={"update": "INSERT DATA {"}, headers=auth)
    assert response.status_code == 400
    assert response.json()["title"] == "Malformed query"


def test_updates_using_graph_parameters_are_refused(
    client: TestClient, auth: dict[str, str]
) -> None:
    response = client.post(
        "/sparql",
        data={"update": INSERT, "using-graph-uri": GRAPH},
        headers=auth,
    )
    assert response.status_code == 400


def test_updates_graph_store_protocol(client: TestClient, auth: dict[str, str]) -> None:
    turtle = {"Content-Type": "text/turtle"}
    body = b"<http://example.org/a> <http://example.org/p> 1 , 2 ."
    target = {"graph": GRAPH}
    assert client.put("/store", params=target, content=body, headers=turtle).status_code == 401
    created = client.put("/store", params=target, content=body, headers={**auth, **turtle})
    assert created.status_code == 201
    assert count(client) == 2
    replaced = client.put(
        "/store", params=target, content=body[:-6] + b".", headers={**auth, **turtle}
    )
    assert replaced.status_code == 204
    assert count(client) == 1
    merged = client.post(
        "/store",
        params=target,
        content=b'<http://example.org/b> <http://example.org/p> "3" .',
        headers={**auth, "Content-Type": "application/n-triples"},
    )
    assert merged.status_code == 204
    assert count(client) == 2
    read = client.get("/store", params=target, headers={"Accept": "application/n-triples"})
    assert len(list(parse(read.content, format=RdfFormat.N_TRIPLES))) == 2
    assert client.delete("/store", params=target, headers=auth).status_code == 204
    assert count(client) == 0
    assert client.get("/store", params=target).status_code == 404
    assert client.delete("/store", params=target, headers=auth).status_code == 404


def test_updates_graph_store_refuses_bad_input(client: TestClient, auth: dict[str, str]) -> None:
    turtle = {**auth, "Content-Type": "text/turtle"}
    assert (
        client.put("/store", params={"default": ""}, content=b"", headers=turtle).status_code == 400
    )
    assert (
        client.put("/store", params={"graph": GRAPH}, content=b"<a", headers=turtle).status_code
        == 400
    )
    assert (
        client.put(
            "/store",
            params={"graph": GRAPH},
            content=b"x",
            headers={**auth, "Content-Type": "text/html"},
        ).status_code
        == 415
    )
    assert client.get("/store").status_code == 400


def test_updates_document_upload_as_json(client: TestClient, auth: dict[str, str]) -> None:
    text = (
        "Astana, 3 March 2025. President Emmanuel Macron of France arrived in Kazakhstan "
        "on a state visit and met President Kassym-Jomart Tokayev."
    )
    refused = client.post("/api/documents", json={"name": "upload-test", "text": text})
    assert refused.status_code == 401
    response = client.post(
        "/api/documents", json={"name": "upload-test", "text": text}, headers=auth
    )
    assert response.status_code == 201, response.text
    [stored] = response.json()["stored"]
    assert stored["name"] == "upload-test" and stored["triples"] > 0
    names = client.get(
        "/sparql",
        params={
            "query": "SELECT ?g WHERE { GRAPH ?g {} } ORDER BY ?g",
            "format": "csv",
        },
    ).text
    assert "upload-test" in names


def test_updates_document_upload_as_files(client: TestClient, auth: dict[str, str]) -> None:
    files = [
        ("file", ("note-one.txt", b"Tokyo. The foreign ministers of Japan and India met.")),
        ("file", ("bad name!.txt", b"x")),
    ]
    response = client.post("/api/documents", files=files, headers=auth)
    assert response.status_code == 422  # the bad file name is refused before any ingest
    response = client.post(
        "/api/documents", files=files[:1], data={"date": "2025-01-02"}, headers=auth
    )
    assert response.status_code == 201, response.text
    assert response.json()["stored"][0]["source"] == "note-one.txt"


def test_updates_document_upload_validates_json(client: TestClient, auth: dict[str, str]) -> None:
    for body in (
        {"name": "../escape", "text": "x"},
        {"name": "ok"},
        {"name": "ok", "text": "x", "date": "soon"},
    ):
        response = client.post("/api/documents", json=body, headers=auth)
        assert response.status_code == 422, body


def test_updates_form_sent_in_parts_is_applied(client: TestClient) -> None:
    """An update form streamed in several parts reaches the update whole (the query path reads
    the body first, then hands an update on with what it read)."""
    form = urlencode({"update": INSERT}).encode()

    def parts() -> Iterator[bytes]:
        for start in range(0, len(form), 11):
            yield form[start : start + 11]

    response = client.post(
        "/sparql",
        content=parts(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Authorization": f"Bearer {TOKEN}",
        },
    )
    assert response.status_code == 204
    assert count(client) == 1
