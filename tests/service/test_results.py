"""Rows a query worker sends to the service process keep every term exactly."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions, Store, Triple

from dkg.service.query_worker import QueryTask, execute
from dkg.service.results import (
    EncodedSolutions,
    SelectResult,
    SerializedResult,
    limited_within,
    write_solutions,
)

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_results_encoded_solutions_give_back_the_same_terms() -> None:
    iri = NamedNode("http://example.org/a")
    rows: list[tuple[NamedNode | BlankNode | Literal | Triple | None, ...]] = [
        (iri, Literal('tab\there, line\nbreak "quoted" \\ é'), None),
        (
            BlankNode("b0"),
            Literal("Astana", language="en"),
            Literal("2024-11", datatype=NamedNode(XSD + "gYearMonth")),
        ),
        (None, None, None),
        (Triple(iri, iri, Literal("x")), Literal("12", datatype=NamedNode(XSD + "integer")), iri),
    ]
    result = SelectResult(("s", "label", "date"), rows, truncated=True)
    decoded = EncodedSolutions.encode(result).decode()
    assert decoded == result


def test_results_encoded_solutions_keep_a_single_column_of_unbound_rows() -> None:
    result = SelectResult(("x",), [(None,), (NamedNode("http://example.org/a"),), (None,)])
    assert EncodedSolutions.encode(result).decode() == result


def test_results_limited_within_only_a_top_level_limit_under_the_cap() -> None:
    """Only a LIMIT that surely applies to the whole answer lets it skip the row cap; anything
    that might hide a brace or the word LIMIT keeps the capped path."""
    assert limited_within("SELECT * { ?s ?p ?o } LIMIT 50\n# asked by a script\n", 100)
    assert limited_within("SELECT ?o { ?s ?p ?o } ORDER BY DESC(?o) OFFSET 5 LIMIT 100", 100)
    assert not limited_within("SELECT * { ?s ?p ?o } LIMIT 101", 100)
    assert not limited_within("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 5 } }", 100)
    assert not limited_within('SELECT * { ?s ?p ?o FILTER(?o != "} LIMIT 5") }', 100)
    assert not limited_within("SELECT * { ?s ?p ?o } LIMIT 5 VALUES ?s { <http://e.org/a> }", 100)
    assert not limited_within("SELECT * { ?s ?p ?o } # }\nLIMIT 5", 100)
    assert not limited_within('SELECT * { ?s ?p ?o } ORDER BY STR("}") LIMIT 5', 100)


def test_results_limited_answer_is_written_as_the_capped_one() -> None:
    """A query under its own LIMIT (written by pyoxigraph) answers the same bytes as the same
    query without it (read row by row and written here)."""
    store = Store()
    subject = NamedNode("http://example.org/talks/1")
    for value in (
        Literal('a "quoted" word\nand a line'),
        Literal("réunion", language="fr"),
        Literal("12", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        BlankNode("venue"),
        NamedNode("http://example.org/places/geneva"),
    ):
        store.add(Quad(subject, NamedNode("http://example.org/about"), value))
    query = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?o"
    task = QueryTask(query, "", union_default_graph=False, max_rows=100, serialize=True)
    capped = execute(store, task)
    limited = execute(store, task._replace(sparql=query + " LIMIT 100"))
    assert isinstance(capped, SerializedResult)
    assert limited == capped


def _python_json(store: Store, query: str, max_rows: int) -> bytes:
    """The answer as written from rows read one by one and cut here (the reference)."""
    solutions = store.query(query)
    assert isinstance(solutions, QuerySolutions)
    names = tuple(variable.value for variable in solutions.variables)
    rows = [tuple(solution) for solution in solutions]
    cut = SelectResult(names, rows[:max_rows], truncated=len(rows) > max_rows)
    return write_solutions(cut, "json")


def test_results_capped_json_is_written_by_pyoxigraph_in_the_same_bytes() -> None:
    """An answer without a LIMIT of its own is written by pyoxigraph, cut at the row cap, and
    reads exactly as the rows written one by one: every kind of term, unbound values, a cut
    answer that says so, an answer of exactly the cap, none, and one without variables."""
    store = Store()
    about = NamedNode("http://example.org/about")
    values = [
        Literal('a "quoted" word\nand a line\tand a tab \\ é'),
        Literal("réunion", language="fr"),
        Literal("12", datatype=NamedNode(XSD + "integer")),
        BlankNode("venue"),
        NamedNode("http://example.org/places/geneva"),
        Triple(NamedNode("http://example.org/a"), about, Literal("x")),
    ]
    for number, value in enumerate(values):
        store.add(Quad(NamedNode(f"http://example.org/talks/{number}"), about, value))
    queries = (
        "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?o WHERE { ?s ?p ?o FILTER(false) }",
        "SELECT * WHERE { }",
    )
    for query in queries:
        for cap in (0, 1, 5, 6, 100):
            task = QueryTask(query, "", union_default_graph=False, max_rows=cap, serialize=True)
            written = execute(store, task)
            assert isinstance(written, SerializedResult)
            assert written.body == _python_json(store, query, cap), (query, cap)
            assert written.truncated == (b'"truncated":true' in written.body)
