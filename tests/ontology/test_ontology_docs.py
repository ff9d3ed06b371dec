"""The generated ontology reference is current and names every term."""

from __future__ import annotations

from rdflib import RDF, Graph

from dkg.ontology import DIP, DOCUMENTATION_FILE, ONTOLOGY_FILE
from dkg.ontology.docs import render_html, render_markdown


def test_docs_checked_in_markdown_is_up_to_date() -> None:
    assert DOCUMENTATION_FILE.read_text(encoding="utf-8") == render_markdown(), (
        "ontology/ONTOLOGY.md is stale: run "
        "`.venv/bin/python -m dkg.ontology.docs > ontology/ONTOLOGY.md`"
    )


def test_docs_list_every_ontology_term_in_markdown_and_html() -> None:
    terms = {
        "dip:" + str(s).removeprefix(DIP)
        for s in Graph().parse(ONTOLOGY_FILE).subjects(RDF.type, None)
        if str(s).startswith(DIP)
    }
    markdown, page = render_markdown(), render_html()
    for term in terms:
        assert f"| {term} |" in markdown, term
        assert f"<td>{term}</td>" in page, term


def test_docs_show_alignments_and_code_lists() -> None:
    markdown = render_markdown()
    assert "| dip:visitor | visitor |" in markdown
    assert "P3831" in markdown
    assert "## Code list dipv:sector" in markdown
    assert "nace:D" in markdown


def test_docs_html_is_a_complete_page() -> None:
    page = render_html()
    assert page.startswith("<!DOCTYPE html>")
    assert page.endswith("</html>")
    assert page.count("<table>") == page.count("</table>") > 10
