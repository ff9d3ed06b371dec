"""The canned queries in queries/: every file loads, and the catalog rejects broken headers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dkg.service.catalog import PARAM_TYPES, CatalogError, load_catalog, parse_query_file
from dkg.service.query_text import strip_comments_and_literals, subquery_texts
from tests.support import REPO

QUERIES = REPO / "queries"
API_ENDPOINTS = [
    "agreements",
    "companies",
    "documents",
    "figures",
    "meetings",
    "people",
    "sectors",
    "visits",
]


def test_catalog_has_one_query_per_api_endpoint() -> None:
    assert sorted(load_catalog(QUERIES)) == API_ENDPOINTS


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_catalog_query_file_fits_the_rules(path: Path) -> None:
    query = parse_query_file(path.stem, path.read_text(encoding="utf-8"), path)
    body = strip_comments_and_literals(query.sparql)
    variables = set(re.findall(r"[?$]([a-z_][a-z0-9_]*)", body))
    inner = " ".join(subquery_texts(body))
    assert query.summary
    for param in query.params:
        assert param.type in PARAM_TYPES
        assert param.description
        assert param.name in variables
        assert f"?{param.name}" not in re.findall(r"[?$][a-z_][a-z0-9_]*", inner)
    assert query.returns, "declare the projected variables in 'returns'"
    assert query.returns[0] == "id", "items are grouped by the ?id column"


HEADER = "#+ summary: s\n#+ params:\n#+   country: {type: string, description: d}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "no '#+' header"),
        ("#+ summary: s\n#+ colour: red\nSELECT * WHERE { ?s ?p ?o }", "unknown header keys"),
        (
            "#+ summary: s\n#+ params:\n#+   x: {type: float, description: d}\n"
            "SELECT ?x WHERE {?x ?p ?o}",
            "has type 'float'",
        ),
        (
            "#+ summary: s\n#+ params:\n#+   x: {type: string}\nSELECT ?x WHERE {?x ?p ?o}",
            "needs a 'description'",
        ),
        (HEADER + "SELECT ?s WHERE { ?s ?p ?o }", "is not used"),
        (
            HEADER + "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?country } } }",
            "inside a subquery",
        ),
        (HEADER + "SELECT ?s WHERE { ?s ?p ?o BIND(?o AS ?country) }", "BIND/AS target"),
        (HEADER + "SELECT ?s WHERE { ?s ?p ?country ", "does not parse"),
        (
            "#+ summary: s\n#+ returns: [a]\nSELECT ?s WHERE { ?s ?p ?o }",
            "differs from the projection",
        ),
        (
            "#+ summary: s\n#+ params:\n#+   limit: {type: integer, description: d}\n"
            "SELECT ?limit WHERE {?limit ?p ?o}",
            "reserved",
        ),
        ("#+ summary: s\nASK { ?s ?p ?o }", "SELECT"),
        (HEADER + "SELECT ?s WHERE {\n#if colour\n?s ?p ?country\n#endif\n}", "#if colour"),
        (HEADER + "SELECT ?s WHERE {\n#if country\n?s ?p ?country\n}", "has no '#endif'"),
        (HEADER + "SELECT ?s WHERE { ?s ?p ?country\n#endif\n}", "must close an '#if'"),
        (
            HEADER + "SELECT ?s WHERE {\n#if country\n#if country\n?s ?p ?country\n#endif\n}",
            "inside another",
        ),
        (
            HEADER + "SELECT ?s WHERE { ?s ?p ?country\n#if country\n}\n#endif\n",
            "left out does not parse",
        ),
        (HEADER + "SELECT ?s WHERE { ?s ?p ?country\n#endfields\n}", "must close an '#fields'"),
        (HEADER + "SELECT ?s WHERE { ?s ?p ?country\n#fields\n}", "has no '#endfields'"),
        (
            "#+ summary: s\n#+ keys: [s, o]\nSELECT ?s WHERE { ?s ?p ?o }",
            "must be returned columns",
        ),
    ],
)
def test_catalog_rejects_a_broken_query_file(text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=re.escape(message)):
        parse_query_file("broken", text)


def test_catalog_ignores_braces_and_params_inside_strings_and_comments() -> None:
    text = (
        HEADER
        + '# { SELECT ?country }\nSELECT ?s WHERE { ?s ?p "{ SELECT ?country }" . ?s ?q ?country }'
    )
    assert parse_query_file("fine", text).params[0].name == "country"


def test_catalog_if_block_is_kept_only_for_a_given_parameter() -> None:
    text = HEADER + "SELECT ?s WHERE { ?s ?p ?o .\n  #if country\n  ?s ?q ?country\n  #endif\n}"
    query = parse_query_file("blocks", text)
    assert query.text_for({"country"}) == text
    assert query.text_for(()) == HEADER + "SELECT ?s WHERE { ?s ?p ?o .\n}"


def test_catalog_keys_query_leaves_the_fields_out_and_projects_the_keys() -> None:
    text = (
        "#+ summary: s\n#+ keys: [s, d]\nSELECT ?s ?d ?n WHERE { ?s ?p ?d .\n"
        "  #fields\n  OPTIONAL { ?s ?name ?n }\n  #endfields\n}"
    )
    query = parse_query_file("keyed", text)
    assert (
        query.keys_text(())
        == "#+ summary: s\n#+ keys: [s, d]\nSELECT DISTINCT ?s ?d WHERE { ?s ?p ?d .\n}"
    )
    assert query.text_for(()) == text


def test_catalog_group_text_is_the_text_run_cut_once_around_its_where_group() -> None:
    text = (
        "#+ summary: s\n#+ keys: [s]\n#+ params:\n"
        "#+   country: {type: string, description: c}\n"
        'SELECT ?s ?n WHERE { ?s ?p "}" .\n  #if country\n  ?s ?q ?country\n  #endif\n'
        "  #fields\n  OPTIONAL { ?s ?name ?n }\n  #endfields\n} LIMIT 5"
    )
    query = parse_query_file("cut", text)
    for given in ((), ("country",)):
        for only_keys in (False, True):
            cut = query.group_text(given, only_keys=only_keys)
            whole = query.keys_text(given) if only_keys else query.text_for(given)
            assert cut.head + cut.body + cut.tail == whole
            assert cut.head.endswith("{") and cut.tail == "} LIMIT 5"
            # Kept for the next request with the same blocks, whatever else it gives.
            assert query.group_text([*given, "limit"], only_keys=only_keys) is cut


def test_catalog_load_names_the_broken_file(tmp_path: Path) -> None:
    (tmp_path / "bad.rq").write_text("#+ summary: [unclosed\nSELECT * WHERE {}", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"bad\.rq"):
        load_catalog(tmp_path)
