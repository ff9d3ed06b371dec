"""The request mixes of service_load: the same work asked of our service and of Oxigraph server.

Parameter values are read from each dataset (so filtered requests find something on any data),
and Oxigraph is asked the SPARQL our service binds for a canned request (``?show=query``).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bench.service_load_servers import QUERY_BODY, Call, Server, send

PREFIXES: Final = """PREFIX dip: <https://w3id.org/diplomatic-kg/ontology#>
PREFIX dipv: <https://w3id.org/diplomatic-kg/vocab/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
"""


RESEARCHER_QUERIES: Final = {
    "visits_hosted_by": """SELECT ?visit ?visitor ?start WHERE {
  ?host schema:name %(host)s . ?visit dip:hostCountry ?host ; dip:visitor ?visitor .
  OPTIONAL { ?visit dip:startDate ?start }
} ORDER BY DESC(?start) LIMIT 100""",
    "meetings_of_person": """SELECT ?meeting ?date ?other WHERE {
  ?person schema:name %(visitor)s . ?meeting dip:participant ?person, ?other ; dip:date ?date .
  FILTER(?other != ?person)
} ORDER BY ?date LIMIT 100""",
    "agreements_of_country": """SELECT ?agreement ?kind ?amount WHERE {
  ?country dip:iso2 %(code)s . ?agreement dip:party ?country ; dip:agreementKind ?kind .
  OPTIONAL { ?agreement dip:value/schema:value ?amount }
} LIMIT 100""",
    "visits_per_year_to": """SELECT ?year (COUNT(DISTINCT ?visit) AS ?visits) WHERE {
  ?country dip:iso2 %(code)s . ?visit dip:hostCountry ?country ; dip:startDate ?date .
  BIND(SUBSTR(STR(?date), 1, 4) AS ?year)
} GROUP BY ?year ORDER BY ?year""",
    "documents_of_year": """SELECT ?document ?title ?date WHERE {
  ?document a dip:Document ; dip:datePublished ?date ; dip:title ?title .
  FILTER(STRSTARTS(STR(?date), "2024"))
} LIMIT 100""",
}
"""Lookups a researcher writes by hand, each starting from a bound value so that the store can
use its indexes; at 1 M triples they take tens to hundreds of ms in-process. Whole-graph
aggregates (seconds each at that size) would leave a few requests per wrk run."""


SAMPLE_VALUES_QUERY: Final = """SELECT ?host ?code ?visitor ?document WHERE {
  GRAPH ?graph {
    ?visit dip:hostCountry ?country ; dip:visitor/schema:name ?visitor ;
           dip:evidence/prov:wasQuotedFrom/dip:name ?document .
    ?country schema:name ?host ; dip:iso2 ?code .
  }
} LIMIT 1"""


@dataclass(frozen=True)
class Mix:
    """The same work asked of both servers, each in its own protocol."""

    name: str
    ours: tuple[Call, ...]
    oxigraph: tuple[Call, ...]
    bust: bool


def sample_values(ours: Server) -> dict[str, str]:
    """A host country name, a country code and a document name that exist in this dataset,
    so that the filtered requests find something on any data."""
    status, body, _ = send(ours.base, sparql_call("/sparql", PREFIXES + SAMPLE_VALUES_QUERY))
    if status != 200:
        raise RuntimeError(f"could not read sample values: {body.decode()[:500]}")
    row = json.loads(body)["results"]["bindings"][0]
    return {name: term["value"] for name, term in row.items()}


def sparql_call(path: str, query: str) -> Call:
    """A SPARQL 1.1 Protocol query as a POST body (same form for both servers)."""
    return Call("POST", path, query, QUERY_BODY)


def canned_paths(values: dict[str, str]) -> tuple[list[str], list[str]]:
    """(/api/visits requests, the other canned requests) with parameters found in the data."""
    visits = [
        {},
        {"country": values["code"]},
        {"host": values["host"]},
        {"from": "2024-01", "to": "2024-06"},
        {"document": values["document"]},
        {"type": "state", "status": "happened"},
    ]
    others = [
        ("meetings", {}),
        ("people", {}),
        ("agreements", {}),
        ("companies", {}),
        ("sectors", {}),
        ("figures", {"kind": "exports"}),
        ("documents", {}),
    ]
    visit_paths = [f"/api/visits?{urllib.parse.urlencode(p)}" for p in visits]
    return visit_paths, [f"/api/{n}?{urllib.parse.urlencode(p)}" for n, p in others]


def bound_sparql(ours: Server, path: str) -> str:
    """The SPARQL our service runs for a canned request (what Oxigraph is asked instead)."""
    separator = "&" if "?" in path else "?"
    status, body, _ = send(ours.base, Call("GET", f"{path}{separator}show=query", accept="*/*"))
    if status != 200:
        raise RuntimeError(f"{path}?show=query answered {status}: {body.decode()[:500]}")
    return body.decode()


def researcher_queries(values: dict[str, str]) -> dict[str, str]:
    """The researcher queries, with this dataset's host country as a SPARQL literal."""
    literals = {key: json.dumps(value) for key, value in values.items()}  # same escapes
    return {name: PREFIXES + query % literals for name, query in RESEARCHER_QUERIES.items()}


MIX_NAMES: Final = ("trivial", "sparql", "canned", "visits")


def build_mixes(ours: Server) -> list[Mix]:
    """The four mixes, with this dataset's parameter values."""
    values = sample_values(ours)
    queries = researcher_queries(values).values()
    visit_paths, other_paths = canned_paths(values)

    def canned(paths: list[str]) -> tuple[tuple[Call, ...], tuple[Call, ...]]:
        ours_calls = tuple(Call("GET", p, accept="application/json") for p in paths)
        theirs = tuple(sparql_call("/query", bound_sparql(ours, p)) for p in paths)
        return ours_calls, theirs

    return [
        Mix(
            "trivial", (sparql_call("/sparql", "ASK {}"),), (sparql_call("/query", "ASK {}"),), True
        ),
        Mix(
            "sparql",
            tuple(sparql_call("/sparql", q) for q in queries),
            tuple(sparql_call("/query", q) for q in queries),
            True,
        ),
        Mix("canned", *canned(visit_paths[:3] + other_paths), False),
        Mix("visits", *canned(visit_paths), False),
    ]


def prime(server: Server, calls: Sequence[Call]) -> None:
    """Send every call once: fills caches that a real client would also have filled, and
    fails loudly on a broken request instead of benchmarking error pages."""
    for call in calls:
        status, body, _ = send(server.base, call)
        if status != 200:
            raise RuntimeError(
                f"{server.name} {call.path} answered {status}: {body.decode()[:500]}"
            )
