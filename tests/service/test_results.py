"""Rows a query worker sends to the service process keep every term exactly."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from dkg.service.results import EncodedSolutions, SelectResult

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
