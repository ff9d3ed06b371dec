"""Injection attempts in every parameter of every canned query: 422 or a harmless answer.

A value reaches SPARQL only as a term inside the VALUES block, so text that would close a
string, a brace or an IRI in pasted SPARQL must match nothing (or be refused), never widen the
answer, never fail the query.
"""

from __future__ import annotations

import pytest
from pyoxigraph import Store as OxStore

from dkg.service.catalog import CannedQuery, load_catalog
from tests.service.conftest import QUERIES_DIR, TestClient

PAYLOADS = [
    '" } UNION { ?id ?p ?o } #',
    "' } UNION { ?id ?p ?o } #",
    'fr" ) } } SELECT * WHERE { ?s ?p ?o } #',
    "}} UNION {{",
    "> } UNION { <x",
    "https://w3id.org/diplomatic-kg/id/country/fr> } UNION { ?id ?p ?o",
    "kz\nFILTER(true)",
    '\\" \\u0022 }',
    "UNDEF",
    "?country",
    '"""',
    "kz\x00",
]

PARAMS = [
    (query.name, param.name)
    for query in load_catalog(QUERIES_DIR).values()
    for param in query.params
]


@pytest.mark.parametrize(("query_name", "param"), PARAMS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_in_a_parameter_is_refused_or_matches_nothing(
    canned_client: TestClient, query_name: str, param: str, payload: str
) -> None:
    response = canned_client.get(f"/api/{query_name}", params={param: payload})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        assert response.json()["total"] == 0
        assert response.json()["items"] == []


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_shows_up_only_as_an_escaped_literal(
    canned_client: TestClient, catalog: dict[str, CannedQuery], payload: str
) -> None:
    response = canned_client.get("/api/visits", params={"country": payload, "show": "query"})
    if response.status_code == 422:
        return
    text = response.text
    # The bound query still parses, and its body after the VALUES row is the file's body
    # (with the blocks of the one parameter given switched on).
    OxStore().query(text)
    sparql = catalog["visits"].text_for({"country"})
    head = text.index("VALUES")
    assert text[: head - 1] == sparql[: head - 1]
    assert text.endswith(sparql[head - 1 :])
