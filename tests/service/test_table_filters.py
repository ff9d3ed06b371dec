"""A ``table`` header is checked at start-up; one that leaves a parameter out is not used."""

from __future__ import annotations

import pytest

from dkg.service.catalog import CatalogError, parse_query_file

BODY = """#+ params:
#+   who: {type: string, description: "part of a name"}
#+   since: {type: date, description: "on or after"}
#+ keys: [id, day]
#+ returns: [id, name, day]
#+ table:
%s
SELECT ?id ?name ?day WHERE {
  #if who
  GRAPH ?graph { ?id <http://example.org/who> ?who }
  #endif
  #if since
  GRAPH ?graph { ?id <http://example.org/day> ?since }
  #endif
  GRAPH ?graph { ?id <http://example.org/name> ?name ; <http://example.org/day> ?day }
}
"""
WHO = "#+   who: {test: equals, columns: [name], keeps: row}"
SINCE = "#+   since: {test: date_from, columns: [day], keeps: graph}"


def query_text(*entries: str) -> str:
    return "#+ summary: people met\n" + BODY % "\n".join(entries)


def test_table_filters_declared_for_every_parameter_are_used() -> None:
    query = parse_query_file("met", query_text(WHO, SINCE))
    assert [(f.param, f.test, f.keeps) for f in query.table] == [
        ("who", "equals", "row"),
        ("since", "date_from", "graph"),
    ]
    assert "SELECT ?graph ?id ?name ?day" in query.table_text()


def test_table_filters_missing_a_parameter_leave_the_list_to_sparql() -> None:
    assert parse_query_file("met", query_text(WHO)).table == ()


@pytest.mark.parametrize(
    ("entry", "complaint"),
    [
        ("#+   who: {test: like, columns: [name], keeps: row}", "test 'like'"),
        ("#+   who: {test: equals, columns: [title], keeps: row}", "['title'] are not returned"),
        ("#+   who: {test: equals, columns: [name], keeps: page}", "keeps 'page'"),
        ("#+   whom: {test: equals, columns: [name], keeps: row}", "'whom' is not a declared"),
        ("#+   who: {test: code, columns: [name, day], keeps: row}", "reads 1 column"),
        ("#+   who: {test: equals, columns: [name]}", "exactly test, columns and keeps"),
    ],
)
def test_table_filters_malformed_entries_stop_the_start(entry: str, complaint: str) -> None:
    with pytest.raises(CatalogError, match=r"met: .*") as raised:
        parse_query_file("met", query_text(entry, SINCE))
    assert complaint in str(raised.value)
