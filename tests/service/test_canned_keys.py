"""Lists paged keys first answer exactly what the whole answer, cut into pages, answered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from pyoxigraph import RdfFormat
from pyoxigraph import Store as OxStore

from bench.generate_graph import generate
from dkg.service.catalog import CannedQuery
from dkg.service.encoded_items import EncodedItems
from dkg.service.item_shapes import SHAPES, Row, lexical
from dkg.service.results import SelectResult
from dkg.service.routers.canned import build_canned_router
from dkg.service.routers.canned_answers import by_keys
from tests.service.conftest import SAMPLE_TRIG, InProcessRunner, TestClient

ID = "https://w3id.org/diplomatic-kg/id/"
DIP = "https://w3id.org/diplomatic-kg/ontology#"
GRAPH = "https://w3id.org/diplomatic-kg/graph/"
PAGES = [(1000, 0), (1, 0), (3, 1), (7, 5), (2, 10_000), (0, 0)]
"""(limit, offset): the whole list, single items, pages across items, past the end, none."""

# Written by a client rather than a loader: a visit keyed by a blank node (which no second
# query can name), one missing a required value (in no answer), one with two start dates of
# the same precision in two graphs (the earlier in code-point order is shown).
ODD_VISITS = f"""
<{GRAPH}odd-a> {{
  _:v <{DIP}hostCountry> <{ID}country/fr> ; <{DIP}visitor> <{ID}person/someone> ;
      <{DIP}visitType> <https://w3id.org/diplomatic-kg/vocab/visit-type/state> ;
      <{DIP}status> <https://w3id.org/diplomatic-kg/vocab/status/happened> ;
      <{DIP}evidence> <{ID}evidence/odd-a-1> ; <{DIP}startDate> "2030-01-02" .
  <{ID}evidence/odd-a-1> <{DIP}quote> "Someone went to France." ;
      <http://www.w3.org/ns/prov#wasQuotedFrom> <{ID}document/odd-a> .
  <{ID}document/odd-a> <{DIP}name> "odd-a" .
  <{ID}visit/no-status> <{DIP}hostCountry> <{ID}country/fr> ;
      <{DIP}visitor> <{ID}person/someone> ;
      <{DIP}visitType> <https://w3id.org/diplomatic-kg/vocab/visit-type/state> ;
      <{DIP}evidence> <{ID}evidence/odd-a-1> ; <{DIP}startDate> "2031" .
  <{ID}visit/two-days> <{DIP}hostCountry> <{ID}country/fr> ;
      <{DIP}visitor> <{ID}person/someone> ;
      <{DIP}visitType> <https://w3id.org/diplomatic-kg/vocab/visit-type/working> ;
      <{DIP}status> <https://w3id.org/diplomatic-kg/vocab/status/happened> ;
      <{DIP}evidence> <{ID}evidence/odd-a-1> ; <{DIP}startDate> "2029-05-07" .
}}
<{GRAPH}odd-b> {{
  <{ID}visit/two-days> <{DIP}hostCountry> <{ID}country/fr> ;
      <{DIP}visitor> <{ID}person/someone> ;
      <{DIP}visitType> <https://w3id.org/diplomatic-kg/vocab/visit-type/working> ;
      <{DIP}status> <https://w3id.org/diplomatic-kg/vocab/status/happened> ;
      <{DIP}evidence> <{ID}evidence/odd-b-1> ; <{DIP}startDate> "2029-05-06" .
  <{ID}evidence/odd-b-1> <{DIP}quote> "Someone was in France for two days." ;
      <http://www.w3.org/ns/prov#wasQuotedFrom> <{ID}document/odd-b> .
  <{ID}document/odd-b> <{DIP}name> "odd-b" .
}}
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> OxStore:
    """A small graph of bench/generate_graph.py (hundreds of visits, shared by documents)
    with the sample dataset and the odd visits above."""
    data = tmp_path_factory.mktemp("generated") / "graph.nq"
    generate(data, 40_000, seed=3)
    store = OxStore()
    store.load(path=str(data), format=RdfFormat.N_QUADS)
    store.load(path=str(SAMPLE_TRIG), format=RdfFormat.TRIG)
    store.load(ODD_VISITS.encode(), format=RdfFormat.TRIG)
    return store


@pytest.fixture
def client(catalog: dict[str, CannedQuery], generated: OxStore) -> Iterator[TestClient]:
    app = FastAPI()
    runner = InProcessRunner(generated)
    app.include_router(build_canned_router(catalog, runner, lambda: "v1", warm=False))
    with TestClient(app) as client:
        yield client


def rows(store: OxStore, sparql: str) -> list[Row]:
    """The rows of a SELECT query, as the service reads them."""
    result = InProcessRunner(store)(sparql)
    assert isinstance(result, SelectResult)
    return list(result)


def whole_answer(
    client: TestClient, store: OxStore, name: str, params: dict[str, str]
) -> EncodedItems:
    """Every item of /api/{name} as the whole query computed them before paging by keys: its
    bound SPARQL (?show=query) run on the store, folded and ordered in Python."""
    sparql = client.get(f"/api/{name}", params={**params, "show": "query"}).text
    return EncodedItems.encode(SHAPES[name].assemble(rows(store, sparql)))


def filters(store: OxStore) -> dict[str, list[dict[str, str]]]:
    """Values of every filter of the lists paged by keys, found in the data, alone and
    combined (an empty answer is a case too)."""
    visit = rows(
        store,
        f"SELECT ?visitor ?host ?code WHERE {{ GRAPH ?g {{ ?v <{DIP}visitor> ?visitor ; "
        f"<{DIP}hostCountry> ?host . ?host <{DIP}iso2> ?code }} "
        f'FILTER(STRSTARTS(STR(?g), "{GRAPH}doc-")) }} LIMIT 1',
    )[0]
    visitor = lexical(visit["visitor"]).rsplit("/", 1)[-1]
    code = lexical(visit["code"])
    dated = [{"from": "2020-03", "to": "2021"}, {"from": "2024"}, {"to": "2016-05-01"}]
    documents = [{"document": "doc-0000003"}, {"document": "alpha"}]
    return {
        "visits": [
            {},
            {"country": code},
            {"host": lexical(visit["host"])},
            {"host": "fr"},
            {"visitor": visitor},
            {"visitor": "someone"},
            *dated,
            {"from": "2029"},
            {"type": "state"},
            {"type": "working", "status": "happened"},
            {"status": "announced", "country": code},
            *documents,
            {"document": "odd-b"},
            {"document": "alpha", "from": "2024"},
            {"country": "Atlantis"},
        ],
        "meetings": [{}, {"person": visitor}, {"country": code}, *dated, *documents],
        "agreements": [{}, {"country": code}, *dated, *documents],
        "figures": [{}, {"kind": "exports"}, {"year": "2020"}, {"country": code}, *documents],
        "people": [{}, {"name": "person-1"}, {"country": code}, *documents],
        "companies": [{}, {"name": "company-1"}, *documents],
    }


def test_canned_keys_pages_are_those_of_the_whole_answer(
    client: TestClient, generated: OxStore, catalog: dict[str, CannedQuery]
) -> None:
    cases = filters(generated)
    assert set(cases) == {name for name, query in catalog.items() if by_keys(query)}
    for name, values in cases.items():
        for params in values:
            whole = whole_answer(client, generated, name, params)
            for limit, offset in PAGES:
                query = {**params, "limit": str(limit), "offset": str(offset)}
                response = client.get(f"/api/{name}", params=query)
                assert response.status_code == 200, response.text
                assert response.content == whole.page(limit, offset), (name, params, limit, offset)


def test_canned_keys_filters_find_items(client: TestClient, generated: OxStore) -> None:
    # The comparison above means something only if most filters match some items.
    for name, values in filters(generated).items():
        found = [len(whole_answer(client, generated, name, params)) for params in values]
        assert found[0] > 10 and sum(1 for count in found if count > 0) > len(found) / 2, name


def test_canned_keys_an_answer_that_fit_one_page_is_read_in_one_query_on_a_new_version(
    catalog: dict[str, CannedQuery], generated: OxStore
) -> None:
    runner = InProcessRunner(generated)
    version = ["v1"]
    app = FastAPI()
    app.include_router(build_canned_router(catalog, runner, lambda: version[0], warm=False))
    totals = []
    with TestClient(app) as client:
        for number, params in enumerate(filters(generated)["visits"]):
            version[0] = f"v{number}-before"
            calls = runner.calls
            before = client.get("/api/visits", params=params)
            queries_before = runner.calls - calls
            version[0] = f"v{number}-after"  # a write: nothing cached for these values
            calls = runner.calls
            after = client.get("/api/visits", params=params)
            assert after.status_code == before.status_code == 200, after.text
            assert after.content == before.content, params
            total = before.json()["total"]
            totals.append(total)
            # Keys then page before; the whole answer at once when it fit one page.
            saved = 1 if 0 < total <= 100 else 0
            assert runner.calls - calls == queries_before - saved, (params, total)
    assert any(0 < total <= 100 for total in totals) and any(total > 100 for total in totals)
