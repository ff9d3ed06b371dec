"""The canned REST endpoints of API.md over the hand-written sample dataset."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI

from dkg.ontology.document_names import graph_name_for
from dkg.service.binding import to_term
from dkg.service.catalog import CannedQuery, Param
from dkg.service.errors import StoreUnavailable
from dkg.service.result_cache import ResultCache
from dkg.service.routers.canned import build_canned_router
from dkg.service.routers.canned_answers import CannedContext, by_keys, by_table
from dkg.service.routers.canned_warming import warm_once
from tests.service.conftest import InProcessRunner, TestClient

ID = "https://w3id.org/diplomatic-kg/id/"
TOKAYEV_VISIT = ID + "visit/kassym-jomart-tokayev-fr-2024"
MIRZIYOYEV_VISIT = ID + "visit/shavkat-mirziyoyev-kz-2025"
MACRON_VISIT = ID + "visit/emmanuel-macron-uz-undated"


def paged_by_keys(catalog: dict[str, CannedQuery]) -> int:
    """How many queries warming runs beyond one per endpoint: the first page of each list read
    keys first, and the table of each list that has one."""
    return sum(by_keys(query) + by_table(query) for query in catalog.values())


def ids(client: TestClient, path: str, **params: Any) -> list[str]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_canned_visits_merge_sources_and_keep_the_most_precise_date(
    canned_client: TestClient,
) -> None:
    page = canned_client.get("/api/visits").json()
    assert set(page) == {"items", "total", "limit", "offset"}
    visit = next(v for v in page["items"] if v["id"] == TOKAYEV_VISIT)
    assert visit == {
        "id": TOKAYEV_VISIT,
        "visitor": {
            "id": ID + "person/kassym-jomart-tokayev",
            "name": "Kassym-Jomart Tokayev",
            "wikidata": "Q1363311",
        },
        "visitor_country": {"id": ID + "country/kz", "name": "Kazakhstan", "wikidata": "Q232"},
        "host_country": {"id": ID + "country/fr", "name": "France", "wikidata": "Q142"},
        "place": {"id": ID + "city/fr-paris", "name": "Paris", "wikidata": "Q90"},
        "start_date": "2024-11-04",
        "end_date": "2024-11-06",
        "type": "state",
        "status": "happened",
        "sources": [
            {
                "document": "alpha",
                "quote": "The Kazakh president arrived in Paris for a state visit.",
            },
            {"document": "beta", "quote": "Tokayev spent 4 to 6 November 2024 in France."},
        ],
    }


def test_canned_visits_newest_first_with_year_unknown_last(canned_client: TestClient) -> None:
    page = canned_client.get("/api/visits").json()
    assert [v["id"] for v in page["items"]] == [MIRZIYOYEV_VISIT, TOKAYEV_VISIT, MACRON_VISIT]
    assert [v["start_date"] for v in page["items"]] == ["2025", "2024-11-04", "--03-15"]
    assert page["total"] == 3 and page["limit"] == 100 and page["offset"] == 0


@pytest.mark.parametrize(
    "country", ["France", "france", "FR", "fr", "FRA", "Q142", ID + "country/fr"]
)
def test_canned_visits_country_by_name_iso_code_or_wikidata_id(
    canned_client: TestClient, country: str
) -> None:
    assert ids(canned_client, "/api/visits", country=country) == [TOKAYEV_VISIT, MACRON_VISIT]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"host": "Kazakhstan"}, [MIRZIYOYEV_VISIT]),
        ({"host": "UZB"}, [MACRON_VISIT]),
        ({"host": "Q142"}, [TOKAYEV_VISIT]),
        ({"host": "Narnia"}, []),
        ({"visitor": "tokayev"}, [TOKAYEV_VISIT]),
        ({"visitor": "Shavkat"}, [MIRZIYOYEV_VISIT]),
        ({"visitor": "emmanuel-macron"}, [MACRON_VISIT]),
        ({"visitor": ID + "person/emmanuel-macron"}, [MACRON_VISIT]),
        ({"type": "official"}, [MIRZIYOYEV_VISIT]),
        ({"type": "working"}, [MACRON_VISIT]),
        ({"status": "announced"}, [MIRZIYOYEV_VISIT]),
        ({"status": "happened"}, [TOKAYEV_VISIT, MACRON_VISIT]),
        ({"document": "beta"}, [MIRZIYOYEV_VISIT, TOKAYEV_VISIT]),
        ({"document": "nothing"}, []),
        ({"from": "2025"}, [MIRZIYOYEV_VISIT]),
        ({"from": "2024-11-05"}, [MIRZIYOYEV_VISIT, TOKAYEV_VISIT]),
        ({"from": "2024-12"}, [MIRZIYOYEV_VISIT]),
        ({"to": "2024-11"}, [TOKAYEV_VISIT]),
        ({"to": "2024-10-31"}, []),
        ({"from": "2024-01-01", "to": "2024-12-31"}, [TOKAYEV_VISIT]),
        ({"country": "kz", "status": "happened"}, [TOKAYEV_VISIT]),
        ({"visitor": "q1363311"}, [TOKAYEV_VISIT]),
        ({"from": "2024", "type": "state"}, [TOKAYEV_VISIT]),
        ({"from": "2024", "to": "2025", "status": "announced"}, [MIRZIYOYEV_VISIT]),
    ],
)
def test_canned_visits_filters(
    canned_client: TestClient, params: dict[str, str], expected: list[str]
) -> None:
    assert ids(canned_client, "/api/visits", **params) == expected


def test_canned_visits_date_filter_keeps_the_sources_whose_date_overlaps(
    canned_client: TestClient,
) -> None:
    # One source dates the visit to the month (it overlaps), the other to the 4th (it does not).
    items = canned_client.get("/api/visits", params={"host": "FR", "to": "2024-11-03"}).json()
    assert [item["id"] for item in items["items"]] == [TOKAYEV_VISIT]
    assert items["items"][0]["start_date"] == "2024-11"
    assert [s["document"] for s in items["items"][0]["sources"]] == ["alpha"]


def test_canned_visits_document_filter_keeps_every_source(canned_client: TestClient) -> None:
    items = canned_client.get("/api/visits", params={"document": "alpha"}).json()["items"]
    assert [s["document"] for s in items[0]["sources"]] == ["alpha", "beta"]


def test_canned_paging_is_stable_and_counts_the_total(canned_client: TestClient) -> None:
    everything = ids(canned_client, "/api/visits")
    pages = [
        canned_client.get("/api/visits", params={"limit": 1, "offset": n}).json() for n in range(4)
    ]
    assert [p["total"] for p in pages] == [3, 3, 3, 3]
    assert [p["items"][0]["id"] for p in pages[:3]] == everything
    assert pages[3]["items"] == [] and pages[3]["offset"] == 3 and pages[3]["limit"] == 1


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "1001"},
        {"limit": "-1"},
        {"offset": "-5"},
        {"limit": "ten"},
        {"from": "2024-13-01"},
        {"from": "2023-02-29"},
        {"to": "yesterday"},
        {"type": "secret"},
        {"status": "maybe"},
        {"show": "everything"},
        {"country": "x" * 501},
    ],
)
def test_canned_invalid_values_get_422_before_any_sparql_runs(
    canned_client: TestClient, runner: InProcessRunner, params: dict[str, str]
) -> None:
    response = canned_client.get("/api/visits", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"]
    assert runner.calls == 0


def test_canned_etag_answers_304_and_changes_with_the_page(canned_client: TestClient) -> None:
    first = canned_client.get("/api/visits", params={"country": "kz"})
    etag = first.headers["etag"]
    again = canned_client.get(
        "/api/visits", params={"country": "kz"}, headers={"If-None-Match": etag}
    )
    assert again.status_code == 304 and again.content == b""
    other = canned_client.get(
        "/api/visits", params={"country": "kz", "offset": 1}, headers={"If-None-Match": etag}
    )
    assert other.status_code == 200 and other.headers["etag"] != etag


def test_canned_repeated_requests_are_answered_from_the_cache(
    canned_client: TestClient, runner: InProcessRunner
) -> None:
    for offset in (0, 1, 2, 0):
        assert canned_client.get("/api/visits", params={"limit": 1, "offset": offset}).is_success
    assert runner.calls == 1  # the table of every visit once; each page is read from it
    canned_client.get("/api/visits", params={"country": "fr"})
    assert runner.calls == 2  # the country lookup; the table answers the filter
    canned_client.get("/api/visits", params={"country": "fr", "limit": 1})
    canned_client.get("/api/visits", params={"host": "fr"})
    assert runner.calls == 2  # the lookup is cached too
    canned_client.get("/api/meetings", params={"limit": 1})
    canned_client.get("/api/meetings", params={"limit": 1, "offset": 1})
    assert runner.calls == 5  # a list without a table: its keys once, then each page's items


def test_canned_country_filter_answers_nothing_for_an_unknown_country(
    canned_client: TestClient,
) -> None:
    response = canned_client.get("/api/visits", params={"country": "Atlantis"})
    assert response.status_code == 200
    assert response.json()["total"] == 0


def test_canned_show_query_returns_the_bound_sparql(canned_client: TestClient) -> None:
    response = canned_client.get("/api/visits", params={"country": "FR", "show": "query"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-query")
    text = response.text
    assert "VALUES (?visitor ?host ?country ?from ?to ?type ?status ?document) {" in text
    # The country is bound as the IRI of the node it names, never as the text typed.
    assert "(UNDEF UNDEF <https://w3id.org/diplomatic-kg/id/country/fr> UNDEF" in text
    # Only the '#if' block of the parameter given runs (and shows).
    assert "#if country" in text and "#if document" not in text and "#if host" not in text


@pytest.mark.parametrize("name", ["beta", "press 2024/11", 'a"}<b>', "Nur-Sultan é"])
def test_canned_document_graph_is_the_one_ingest_names(name: str) -> None:
    document = Param("document", "document", "a source document")
    assert to_term(document, name) == graph_name_for(name)


def test_canned_document_is_bound_as_its_graph(canned_client: TestClient) -> None:
    params = {"document": "beta", "show": "query"}
    text = canned_client.get("/api/visits", params=params).text
    assert "<https://w3id.org/diplomatic-kg/graph/beta>) }" in text
    assert "#if document" in text


def test_canned_meetings(canned_client: TestClient) -> None:
    page = canned_client.get("/api/meetings").json()
    assert page["total"] == 1
    meeting = page["items"][0]
    assert meeting["date"] == "2024-11-05"
    assert [p["name"] for p in meeting["participants"]] == [
        "Emmanuel Macron",
        "Kassym-Jomart Tokayev",
    ]
    assert meeting["place"]["name"] == "Paris"
    assert meeting["sources"][0]["document"] == "alpha"
    for params in (
        {"person": "macron"},
        {"country": "KZ"},
        {"from": "2024-11"},
        {"document": "alpha"},
    ):
        assert len(ids(canned_client, "/api/meetings", **params)) == 1
    for params in (
        {"person": "mirziyoyev"},
        {"country": "UZ"},
        {"to": "2024-10"},
        {"document": "beta"},
    ):
        assert ids(canned_client, "/api/meetings", **params) == []


def test_canned_people_with_posts_and_merged_sources(canned_client: TestClient) -> None:
    people = canned_client.get("/api/people").json()["items"]
    assert [p["name"] for p in people] == [
        "Emmanuel Macron",
        "Kassym-Jomart Tokayev",
        "Shavkat Mirziyoyev",
    ]
    tokayev = people[1]
    assert tokayev["wikidata"] == "Q1363311"
    assert tokayev["posts"] == [
        {
            "title": "President",
            "country": {"id": ID + "country/kz", "name": "Kazakhstan", "wikidata": "Q232"},
        }
    ]
    assert [s["document"] for s in tokayev["sources"]] == ["alpha", "beta"]
    assert ids(canned_client, "/api/people", name="kassym-jomart") == [
        ID + "person/kassym-jomart-tokayev"
    ]
    assert ids(canned_client, "/api/people", name="Kassym Jomart") == [
        ID + "person/kassym-jomart-tokayev"
    ]
    assert ids(canned_client, "/api/people", country="Uzbekistan") == [
        ID + "person/shavkat-mirziyoyev"
    ]
    assert len(ids(canned_client, "/api/people", document="beta")) == 2


def test_canned_agreements_count_value_and_parties(canned_client: TestClient) -> None:
    items = canned_client.get("/api/agreements").json()["items"]
    package, memo = items
    assert package["kind"] == "package" and package["count"] == 24 and package["title"] is None
    assert package["value"] == {"amount": 10000000000, "currency": "USD"}
    assert [p["name"] for p in package["parties"]] == ["France", "Kazakhstan"]
    assert memo["count"] == 3 and memo["value"] is None and memo["date"] == "2023-03"
    assert memo["title"] == "Memorandum on uranium supply"
    assert ids(canned_client, "/api/agreements", country="Q265") == [ID + "agreement/gamma-1"]
    assert ids(canned_client, "/api/agreements", **{"from": "2024"}) == [ID + "agreement/alpha-1"]
    assert ids(canned_client, "/api/agreements", to="2023-12-31") == [ID + "agreement/gamma-1"]
    assert ids(canned_client, "/api/agreements", document="alpha") == [ID + "agreement/alpha-1"]


def test_canned_companies(canned_client: TestClient) -> None:
    items = canned_client.get("/api/companies").json()["items"]
    assert [c["name"] for c in items] == ["Orano", "TotalEnergies"]
    assert items[1]["wikidata"] == "Q154037" and items[0]["wikidata"] is None
    assert items[0]["country"]["name"] == "France"
    assert ids(canned_client, "/api/companies", name="total") == [ID + "company/totalenergies"]
    assert ids(canned_client, "/api/companies", document="gamma") == [ID + "company/orano"]


def test_canned_sectors_one_item_per_sector(canned_client: TestClient) -> None:
    items = canned_client.get("/api/sectors").json()["items"]
    assert [(s["label"], len(s["sources"])) for s in items] == [
        ("agriculture", 1),
        ("nuclear energy", 2),
    ]
    assert ids(canned_client, "/api/sectors", document="alpha") == [
        "https://w3id.org/diplomatic-kg/vocab/sector/nuclear-energy"
    ]


def test_canned_figures(canned_client: TestClient) -> None:
    items = canned_client.get("/api/figures").json()["items"]
    trade = items[0]
    assert trade == {
        "id": ID + "figure/alpha-1",
        "kind": "trade_turnover",
        "value": 5.1,
        "unit": "USD",
        "year": 2023,
        "description": "trade between the two countries",
        "reporter": {"id": ID + "country/kz", "name": "Kazakhstan", "wikidata": None},
        "partner": {"id": ID + "country/fr", "name": "France", "wikidata": None},
        "sources": [
            {"document": "alpha", "quote": "Their trade reached 5.1 billion dollars in 2023."}
        ],
    }
    assert items[1]["year"] is None and items[1]["unit"] == "percent"
    assert ids(canned_client, "/api/figures", kind="growth_percent") == [ID + "figure/gamma-1"]
    assert ids(canned_client, "/api/figures", year="2023") == [ID + "figure/alpha-1"]
    assert ids(canned_client, "/api/figures", country="FR") == [ID + "figure/alpha-1"]
    assert ids(canned_client, "/api/figures", country="uzbekistan") == [ID + "figure/gamma-1"]
    assert ids(canned_client, "/api/figures", document="alpha") == [ID + "figure/alpha-1"]
    assert ids(canned_client, "/api/figures", kind="exports") == []
    assert canned_client.get("/api/figures", params={"year": "23"}).status_code == 422


def test_canned_documents(canned_client: TestClient) -> None:
    items = canned_client.get("/api/documents").json()["items"]
    assert [(d["name"], d["date"]) for d in items] == [
        ("beta", "2024-11-07"),
        ("alpha", "2024-11-06"),
        ("gamma", "2023"),
    ]
    assert all(isinstance(d["triples"], int) and d["triples"] > 40 for d in items)
    assert items[0]["title"] == "A state visit, day by day"


def test_canned_queries_listing_and_openapi(canned_client: TestClient) -> None:
    listing = canned_client.get("/api/queries").json()
    visits = next(q for q in listing if q["name"] == "visits")
    assert visits["path"] == "/api/visits"
    assert {p["name"] for p in visits["params"]} >= {"country", "from", "to", "type"}
    openapi = canned_client.get("/openapi.json").json()
    operation = openapi["paths"]["/api/visits"]["get"]
    assert operation["operationId"] == "visits"
    params = {p["name"]: p for p in operation["parameters"]}
    assert params["from"]["description"].startswith("visits starting on or after")
    assert params["limit"]["schema"]["maximum"] == 1000
    assert "state" in str(params["type"]["schema"])


def test_canned_first_request_precomputes_every_unfiltered_list(
    catalog: dict[str, CannedQuery], runner: InProcessRunner
) -> None:
    app = FastAPI()
    app.include_router(build_canned_router(catalog, runner, lambda: "v1", warm=True))
    with TestClient(app) as client:
        assert client.get("/api/meetings", params={"country": "FR"}).is_success
        deadline = time.monotonic() + 10
        # The filtered request is a country lookup, its keys and its page (a list without a
        # table: a filtered /api/visits would read the table if warming had made it first);
        # the warm-up one query per endpoint, its first page for an endpoint paged by keys,
        # and the table of one that has a table.
        warming = len(catalog) + paged_by_keys(catalog)
        while runner.calls < 3 + warming and time.monotonic() < deadline:
            time.sleep(0.01)
        assert runner.calls == 3 + warming
        for name in catalog:
            assert client.get(f"/api/{name}").is_success
        assert runner.calls == 3 + warming


def test_canned_warming_waits_for_a_spare_worker(
    catalog: dict[str, CannedQuery], runner: InProcessRunner
) -> None:
    spare = threading.Event()
    app = FastAPI()
    router = build_canned_router(catalog, runner, lambda: "v1", spare_worker=spare.is_set)
    app.include_router(router)
    with TestClient(app) as client:
        assert client.get("/api/visits", params={"host": "FR"}).is_success
        time.sleep(0.5)
        assert runner.calls == 3  # the lookup and the request's keys and page: no warming yet
        spare.set()
        deadline = time.monotonic() + 10
        warming = len(catalog) + paged_by_keys(catalog)
        while runner.calls < 3 + warming and time.monotonic() < deadline:
            time.sleep(0.01)
        assert runner.calls == 3 + warming


def test_canned_country_is_found_by_any_spelling(canned_client: TestClient) -> None:
    by_code = canned_client.get("/api/visits", params={"country": "FR"}).json()
    assert by_code["total"] > 0
    for spelling in (
        "fr",
        "fra",
        "france",
        "FRANCE",
        "https://w3id.org/diplomatic-kg/id/country/fr",
    ):
        assert canned_client.get("/api/visits", params={"country": spelling}).json() == by_code


def test_canned_pages_are_recomputed_for_a_new_data_version(
    catalog: dict[str, CannedQuery], runner: InProcessRunner
) -> None:
    version = ["v1"]
    app = FastAPI()
    app.include_router(build_canned_router(catalog, runner, lambda: version[0], warm=False))
    with TestClient(app) as client:
        first = client.get("/api/visits", params={"limit": 1})
        assert client.get("/api/visits", params={"limit": 1}).content == first.content
        assert runner.calls == 1  # the table of every visit, which the page is read from
        version[0] = "v2"
        again = client.get("/api/visits", params={"limit": 1})
        assert runner.calls == 2
        assert again.headers["etag"] != first.headers["etag"]
        assert again.json() == first.json()  # same data under a new version: same answer


def test_result_cache_keeps_its_byte_budget() -> None:
    cache = ResultCache[bytes](10, weigh=len)
    cache.put("a", b"1234")
    cache.put("b", b"123456")
    assert cache.get("a") == b"1234"  # a is now the most recently used
    cache.put("c", b"12")
    assert cache.get("b") is None and cache.get("a") == b"1234" and cache.get("c") == b"12"
    cache.put("big", b"x" * 11)
    assert cache.get("big") is None and len(cache) == 2


def test_canned_warming_can_start_before_any_request(
    catalog: dict[str, CannedQuery], runner: InProcessRunner
) -> None:
    starters: list[Callable[[bool], None]] = []
    app = FastAPI()
    app.include_router(build_canned_router(catalog, runner, lambda: "v1", on_warm=starters.append))
    with TestClient(app) as client:
        assert runner.calls == 0
        starters[0](False)
        deadline = time.monotonic() + 10
        warming = len(catalog) + paged_by_keys(catalog)
        while runner.calls < warming and time.monotonic() < deadline:
            time.sleep(0.01)
        assert runner.calls == warming
        for name in catalog:
            assert client.get(f"/api/{name}").is_success
        assert runner.calls == warming


class StoppingRunner:
    """A runner whose worker went away (what a query meets while the service shuts down)."""

    def __init__(self, service: dict[str, bool]) -> None:
        self.service = service

    def __call__(self, sparql: str, **_: Any) -> Any:
        self.service["running"] = not self.service["stops"]
        raise StoreUnavailable("the query worker stopped unexpectedly; try again")


@pytest.mark.parametrize("stops", [True, False])
def test_warming_ends_quietly_when_the_service_stops_and_warns_when_it_runs_on(
    catalog: dict[str, CannedQuery], caplog: pytest.LogCaptureFixture, stops: bool
) -> None:
    """A short `dkg evaluate` stops while warming: no 'could not precompute' noise then, but a
    worker lost while the service goes on serving is still reported."""
    service = {"running": True, "stops": stops}

    def version() -> str:
        if not service["running"]:
            raise StoreUnavailable("the service is starting or stopping; try again shortly")
        return "v1"

    context = CannedContext(StoppingRunner(service), version, ResultCache(8), catalog, True)
    with caplog.at_level(logging.WARNING, logger="dkg.service.routers.canned_warming"):
        warm_once(context, "v1", wait=True)
    warned = [r for r in caplog.records if "could not precompute" in r.getMessage()]
    assert bool(warned) is not stops
