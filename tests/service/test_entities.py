"""Dereferencing minted IRIs at /id/{kind}/{key}: an HTML page or RDF by content negotiation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from pyoxigraph import NamedNode, RdfFormat, parse

from dkg.service.catalog import CannedQuery
from dkg.service.problems import install_error_handlers
from dkg.service.routers.entities import build_entities_router
from tests.service.conftest import InProcessRunner, TestClient

ID = "https://w3id.org/diplomatic-kg/id/"


@pytest.fixture
def client(catalog: dict[str, CannedQuery], runner: InProcessRunner) -> Iterator[TestClient]:
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(build_entities_router(catalog, runner))
    with TestClient(app) as test_client:
        yield test_client


def test_entities_person_page_shows_facts_visits_sources_and_wikidata(client: TestClient) -> None:
    response = client.get("/id/person/kassym-jomart-tokayev", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<h1>Kassym-Jomart Tokayev</h1>" in page
    assert 'href="https://www.wikidata.org/wiki/Q1363311"' in page
    # the visit on the timeline, with its most precise date and a link to its own page
    assert "<time>2024-11-04</time>" in page
    assert 'href="/id/visit/kassym-jomart-tokayev-fr-2024"' in page
    # sources with quotes from both documents
    assert "The Kazakh president arrived in Paris for a state visit." in page
    assert "Tokayev spent 4 to 6 November 2024 in France." in page
    # statements link to other entities by their names
    assert '<a href="/id/post/president-kz">President</a>' in page
    assert "//" not in page.replace("https://", "").replace("http://", "")


def test_entities_country_page_lists_the_visits_of_either_side(client: TestClient) -> None:
    page = client.get("/id/country/fr").text
    assert "<h1>France</h1>" in page
    assert page.count("<li><time>") == 2
    assert "<time>--03-15</time>" in page


@pytest.mark.parametrize(
    ("accept", "fmt", "media_type", "rdf_format"),
    [
        ("text/turtle", None, "text/turtle", RdfFormat.TURTLE),
        ("application/ld+json", None, "application/ld+json", RdfFormat.JSON_LD),
        ("application/n-triples", None, "application/n-triples", RdfFormat.N_TRIPLES),
        ("text/html", "turtle", "text/turtle", RdfFormat.TURTLE),
    ],
)
def test_entities_rdf_by_content_negotiation(
    client: TestClient, accept: str, fmt: str | None, media_type: str, rdf_format: RdfFormat
) -> None:
    params = {"format": fmt} if fmt else {}
    response = client.get(
        "/id/visit/kassym-jomart-tokayev-fr-2024", headers={"Accept": accept}, params=params
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["vary"] == "Accept"
    triples = list(parse(response.content, format=rdf_format))
    subject = NamedNode(ID + "visit/kassym-jomart-tokayev-fr-2024")
    assert all(t.subject == subject for t in triples)
    dates = {t.object.value for t in triples if t.predicate.value.endswith("#startDate")}
    assert dates == {"2024-11", "2024-11-04"}
    assert len(triples) == len(set(triples))


def test_entities_unknown_iri_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/id/person/nobody-at-all")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "nobody-at-all" in response.json()["detail"]


@pytest.mark.parametrize(
    "path", ["/id/person/a%22%3E%3Cscript%3E", "/id/Person/x", "/id/person/-x"]
)
def test_entities_malformed_keys_are_refused_not_run(
    client: TestClient, runner: InProcessRunner, path: str
) -> None:
    assert client.get(path).status_code in (404, 422)
    assert runner.calls == 0


def test_entities_no_acceptable_format_is_406(client: TestClient) -> None:
    response = client.get("/id/country/fr", headers={"Accept": "image/png"})
    assert response.status_code == 406
