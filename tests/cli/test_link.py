"""``dkg link`` end to end: a real store, the real command, and a replaying API on 127.0.0.1.

The documents are written here; the API's answers are the hand-written files of
tests/fixtures/wikidata (its README says what each candidate is for).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import QuerySolution, QuerySolutions

from dkg.cli.main import main
from dkg.cli.owner import Owner, write_owner
from dkg.cli.wikidata_links import LINKS_GRAPH
from dkg.service.app import create_app
from dkg.service.settings import Settings
from dkg.service.store.embedded import EmbeddedStore
from tests.service.conftest import TestClient
from tests.support import free_port
from tests.wikidata_replay import ReplayServer

ID = "https://w3id.org/diplomatic-kg/id/"
DIP_LINK = "<https://w3id.org/diplomatic-kg/ontology#WikidataLink>"
TALKS = """\
Nairobi, 4 March 2024

Norwegian Foreign Minister Marta Lindqvist arrived in Kenya on Sunday for an official visit.

Norwegian Foreign Minister Marta Lindqvist held talks with Kenyan Trade Minister Daniel Okafor \
in Nairobi on Monday.

Brazilian Ambassador Lucas Ferreira also attended the talks. Mr. Tomas Berglund also attended.

Japanese Environment Minister Kenji Arakawa, Portuguese Foreign Minister Ines Duarte and \
Bulgarian Foreign Minister Sofia Petrova sent messages to the meeting, and German Culture \
Minister Helena Voss spoke by video.

The Norwegian shipping company Nordvik Maritime signed a contract with the Kenya Ports \
Authority on the sidelines.
"""
EXPECTED_LINKS = {
    "person/marta-lindqvist": "Q900000011",  # a citizen of the post's country
    "person/daniel-okafor": "Q900000022",  # of two namesakes, the Kenyan one
    "person/kenji-arakawa": "Q900000051",  # an office of Japan (P39)
    "person/sofia-petrova": "Q900000081",  # a multilingual label
    "company/nordvik-maritime": "Q900000071",  # a firm of Norway, not the river
}


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "talks-nairobi.txt").write_text(TALKS, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path, documents: Path) -> Path:
    path = tmp_path / "store"
    assert main(["ingest", str(documents), "--store", str(path)]) == 0
    return path


@pytest.fixture
def api() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


def select(store: Path, sparql: str) -> list[QuerySolution]:
    """The rows of a SELECT on the on-disk store (opened, then closed for the next command)."""
    opened = EmbeddedStore(store)
    try:
        result = opened.query(sparql)
        assert isinstance(result, QuerySolutions)
        return list(result)
    finally:
        opened.close()


def wikidata_ids(store: Path) -> dict[str, str]:
    """Entity key -> Wikidata id, for the people and companies of the store (any graph)."""
    rows = select(
        store,
        "SELECT ?e ?q { ?e <https://w3id.org/diplomatic-kg/ontology#wikidata> ?q "
        f"FILTER(STRSTARTS(STR(?e), '{ID}person/') || STRSTARTS(STR(?e), '{ID}company/')) }}",
    )
    return {row["e"].value.removeprefix(ID): row["q"].value for row in rows}


def test_link_links_people_and_companies_only_on_clear_evidence(
    store: Path, api: ReplayServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["link", "--store", str(store), "--api", api.url]) == 0
    assert wikidata_ids(store) == EXPECTED_LINKS
    # Not linked, and said so: two Brazilian namesakes, a deprecated citizenship, a film.
    summary = capsys.readouterr().err
    assert "ambiguous: Lucas Ferreira" in summary and "Q900000031, Q900000032" in summary
    assert "no evidence: Ines Duarte" in summary
    assert "linked 4 of 8 people, 1 of 1 companies" in summary
    assert "1 ambiguous; 1 no candidate; 1 no country; 1 no evidence" in summary
    # A person with no country in the documents cannot be checked: not even searched for.
    assert "Tomas Berglund" not in {p["search"] for p in api.asked("wbsearchentities")}
    # A good API citizen: names itself, asks with maxlag, fetches candidates in batches.
    assert all("diplomatic-knowledge-graph" in r.user_agent for r in api.requests)
    assert all(r.params.get("maxlag") == "5" for r in api.requests)
    assert {"Q900000021", "Q900000022"} <= set(
        next(p["ids"] for p in api.asked("wbgetentities") if "Q900000022" in p["ids"]).split("|")
    )


def test_link_records_the_evidence_the_day_and_the_api_of_each_link(
    store: Path, api: ReplayServer
) -> None:
    assert main(["link", "--store", str(store), "--api", api.url]) == 0
    rows = select(
        store,
        f"""PREFIX dip: <https://w3id.org/diplomatic-kg/ontology#>
        SELECT ?name ?property ?value ?day ?source WHERE {{ GRAPH <{LINKS_GRAPH.value}> {{
          ?link dip:linkedEntity <{ID}person/daniel-okafor> ; dip:wikidata "Q900000022" ;
                dip:matchedName ?name ; dip:matchedProperty ?property ;
                dip:matchedValue ?value ; dip:retrievedOn ?day ;
                <http://www.w3.org/ns/prov#hadPrimarySource> ?source }} }}""",
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["name"].value == "Daniel Okafor"  # the alias that matched, as Wikidata has it
    assert row["property"].value == "http://www.wikidata.org/prop/direct/P27"
    assert row["value"].value == "http://www.wikidata.org/entity/Q114"  # Kenya, the post's
    assert row["source"].value == api.url
    assert len(row["day"].value) == 10
    # The links graph conforms to the shapes, as every stored graph must.
    assert main(["validate", "--store", str(store)]) == 0


def linked_export(
    store: Path, api: ReplayServer, capsysbinary: pytest.CaptureFixture[bytes], format: str
) -> bytes:
    """What `dkg export` writes once `dkg link` has linked the store."""
    assert main(["link", "--store", str(store), "--api", api.url]) == 0
    capsysbinary.readouterr()
    assert main(["export", "--store", str(store), "--format", format]) == 0
    return capsysbinary.readouterr().out


def test_link_links_survive_an_export_ingested_into_another_store(
    store: Path, api: ReplayServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    export = tmp_path / "backup.trig"
    export.write_bytes(linked_export(store, api, capsysbinary, "trig"))
    other = tmp_path / "other-store"

    assert main(["ingest", str(export), "--store", str(other)]) == 0
    said = capsysbinary.readouterr().err.decode()
    assert main(["ingest", str(export), "--store", str(other)]) == 0  # twice: nothing doubles

    assert wikidata_ids(other) == EXPECTED_LINKS
    graphs = {r["g"].value for r in select(other, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")}
    # The summary counts the documents alone: every graph but the links graph.
    assert f"stored {len(graphs) - 1} document(s)" in said
    assert "triples of Wikidata links" in said
    assert LINKS_GRAPH.value in graphs  # in the links graph, where queries read them
    assert not any(g.endswith("/backup") for g in graphs)  # not a document named after the file
    why = select(other, f"SELECT ?l {{ GRAPH <{LINKS_GRAPH.value}> {{ ?l a {DIP_LINK} }} }}")
    assert len(why) == len(EXPECTED_LINKS)


def test_link_links_of_an_export_leave_the_other_links_of_the_store(
    store: Path, api: ReplayServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    lines = linked_export(store, api, capsysbinary, "nquads").decode().splitlines(keepends=True)
    # An export whose links are one person's only, ingested back into the linked store.
    kept = [q for q in lines if LINKS_GRAPH.value not in q or "marta-lindqvist" in q.split()[0]]
    partial = tmp_path / "partial.nq"
    partial.write_text("".join(kept), encoding="utf-8")

    assert main(["ingest", str(partial), "--store", str(store)]) == 0

    assert wikidata_ids(store) == EXPECTED_LINKS


def test_link_a_links_graph_that_does_not_say_why_is_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bare = tmp_path / "bare-links.nq"
    bare.write_text(
        f"<{ID}wikidata-link/person-jane-roe> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        f"{DIP_LINK} <{LINKS_GRAPH.value}> .\n",
        encoding="utf-8",
    )
    assert main(["ingest", str(bare), "--store", str(tmp_path / "store")]) == 1
    assert "does not conform to the SHACL shapes" in capsys.readouterr().err


def test_link_a_second_run_asks_nothing_and_offline_needs_no_server(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ReplayServer() as first:
        assert main(["link", "--store", str(store), "--api", first.url]) == 0
    with ReplayServer() as second:
        assert main(["link", "--store", str(store), "--api", second.url]) == 0
        assert second.requests == []
    # The server is gone: --offline links from the cache alone, the same links.
    assert main(["link", "--store", str(store), "--offline"]) == 0
    assert wikidata_ids(store) == EXPECTED_LINKS
    assert "0 API call(s)" in capsys.readouterr().err.splitlines()[-1]


def test_link_offline_without_answers_keeps_earlier_links_and_counts_the_rest(
    store: Path, api: ReplayServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["link", "--store", str(store), "--api", api.url]) == 0
    empty = tmp_path / "empty-cache.json"
    assert main(["link", "--store", str(store), "--offline", "--cache", str(empty)]) == 0
    assert wikidata_ids(store) == EXPECTED_LINKS  # nothing judged, nothing dropped
    assert "8 not cached" in capsys.readouterr().err.splitlines()[-1]
    assert not empty.exists()


@pytest.mark.parametrize("refusal", ["429", "maxlag"])
def test_link_waits_out_too_many_requests_and_database_lag(store: Path, refusal: str) -> None:
    with ReplayServer(refuse_first=2, refusal=refusal) as busy:
        assert main(["link", "--store", str(store), "--api", busy.url]) == 0
        first = busy.requests[:3]
        assert len({r.params["search"] for r in first}) == 1  # the same question, asked again
    assert wikidata_ids(store) == EXPECTED_LINKS


def test_link_an_api_that_keeps_refusing_stops_the_run(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ReplayServer(refuse_first=1000) as busy:
        assert main(["link", "--store", str(store), "--api", busy.url]) == 2
        assert len(busy.requests) == 5  # bounded retries
    assert "keeps asking us to wait (status 429)" in capsys.readouterr().err
    assert wikidata_ids(store) == {}


def test_link_an_unreachable_api_is_one_line_and_status_2(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"http://127.0.0.1:{free_port()}/w/api.php"
    assert main(["link", "--store", str(store), "--api", url]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"dkg link: cannot reach {url}: ")
    assert lines[0].endswith("; use --offline to link from the cache only")
    assert wikidata_ids(store) == {}


def test_link_the_api_url_comes_from_the_environment_too(
    store: Path, api: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DKG_WIKIDATA_API", api.url)
    assert main(["link", "--store", str(store), "--limit", "1"]) == 0
    assert api.requests
    assert len(wikidata_ids(store)) == 1  # company/nordvik-maritime, first by IRI


def test_link_ingesting_the_document_again_keeps_the_links(
    store: Path, api: ReplayServer, documents: Path
) -> None:
    assert main(["link", "--store", str(store), "--api", api.url]) == 0
    assert main(["ingest", str(documents), "--store", str(store)]) == 0
    assert wikidata_ids(store) == EXPECTED_LINKS


def test_link_ids_show_in_the_rest_api_and_entity_pages(
    store: Path, api: ReplayServer, tmp_path: Path
) -> None:
    assert main(["link", "--store", str(store), "--api", api.url]) == 0
    settings = Settings(workers=1, snapshot_dir=tmp_path / "snapshots")  # type: ignore[call-arg]
    with TestClient(create_app(settings, store=EmbeddedStore(store))) as client:
        people = {p["name"]: p for p in client.get("/api/people").json()["items"]}
        assert people["Marta Lindqvist"]["wikidata"] == "Q900000011"
        assert people["Lucas Ferreira"]["wikidata"] is None
        assert (
            client.get("/api/people", params={"name": "okafor"}).json()["items"][0]["wikidata"]
            == "Q900000022"
        )
        companies = client.get("/api/companies").json()["items"]
        assert [(c["name"], c["wikidata"]) for c in companies] == [
            ("Nordvik Maritime", "Q900000071")
        ]
        meetings = client.get("/api/meetings").json()["items"]
        participants = {p["name"]: p["wikidata"] for m in meetings for p in m["participants"]}
        assert participants["Marta Lindqvist"] == "Q900000011"
        found = client.get("/api/meetings", params={"person": "Q900000011"}).json()["items"]
        assert [m["id"] for m in found] == [m["id"] for m in meetings]  # found by the linked id
        visits = client.get("/api/visits", params={"visitor": "q900000011"}).json()["items"]
        assert [v["visitor"]["wikidata"] for v in visits] == ["Q900000011"]
        assert client.get("/api/visits", params={"visitor": "Q900000022"}).json()["items"] == []
        page = client.get("/id/person/kenji-arakawa", headers={"Accept": "text/html"}).text
        assert 'href="https://www.wikidata.org/wiki/Q900000051"' in page


def test_link_cache_file_is_json_in_the_store_folder(store: Path, api: ReplayServer) -> None:
    assert main(["link", "--store", str(store), "--api", api.url]) == 0
    cache = json.loads((store / "wikidata-cache.json").read_text(encoding="utf-8"))
    assert cache["answers"]["search:Marta Lindqvist"]["value"] == ["Q900000011"]


def test_link_a_new_run_replaces_the_links_of_people_no_longer_in_the_store(
    store: Path, api: ReplayServer, documents: Path
) -> None:
    assert main(["link", "--store", str(store), "--api", api.url]) == 0
    talks = documents / "talks-nairobi.txt"
    talks.write_text(
        TALKS.replace("Bulgarian Foreign Minister Sofia Petrova", "others"), encoding="utf-8"
    )
    assert main(["ingest", str(documents), "--store", str(store)]) == 0
    assert main(["link", "--store", str(store), "--offline"]) == 0
    expected = {k: v for k, v in EXPECTED_LINKS.items() if k != "person/sofia-petrova"}
    assert wikidata_ids(store) == expected
    rows = select(store, f"SELECT ?link {{ GRAPH <{LINKS_GRAPH.value}> {{ ?link ?p ?o }} }}")
    assert not any("sofia-petrova" in row["link"].value for row in rows)


def test_link_refuses_a_store_that_dkg_serve_owns(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_owner(store, Owner(pid=os.getpid(), url="http://127.0.0.1:8000"))
    assert main(["link", "--store", str(store), "--offline"]) == 2
    assert "is in use by `dkg serve`" in capsys.readouterr().err
