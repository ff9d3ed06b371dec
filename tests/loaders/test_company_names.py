"""A company is named in each document's graph as that document writes it, and documents that
write it differently still meet on one node."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, build_graph
from dkg.loaders.steps.company_directory import CompanyMention
from dkg.ontology.validation import validate

NAME = "https://schema.org/name"


def company_names(text: str) -> dict[str, str]:
    """Each company node of the document's graph with the name the graph gives it."""
    triples = build_graph(Document("doc", "memory", text)).triples
    companies = {t.subject.value for t in triples if t.object.value.endswith("#Company")}
    return {
        t.subject.value: t.object.value
        for t in triples
        if t.subject.value in companies and t.predicate.value == NAME
    }


@pytest.mark.parametrize(
    ("first", "second", "written"),
    [
        (
            "Executives from Hyundai Motor Company met the Saudi delegation in Riyadh.",
            "Executives from Hyundai Motor met the Indonesian delegation in Jakarta.",
            ("Hyundai Motor Company", "Hyundai Motor"),
        ),
        (
            "Executives from Huawei Technologies met the Kenyan delegation in Nairobi.",
            "Executives from Huawei met the Serbian delegation in Belgrade.",
            ("Huawei Technologies", "Huawei"),
        ),
    ],
)
def test_each_graph_names_the_company_as_written_on_one_shared_node(
    first: str, second: str, written: tuple[str, str]
) -> None:
    one, two = company_names(first), company_names(second)
    assert list(one.values()) == [written[0]]
    assert list(two.values()) == [written[1]]
    assert one.keys() == two.keys()


def test_a_document_writing_a_company_two_ways_gives_it_its_fullest_name_once() -> None:
    text = (
        "Executives from Huawei Technologies met the Kenyan delegation in Nairobi. "
        "Executives from Huawei also met Ghanaian officials in Accra."
    )
    assert list(company_names(text).values()) == ["Huawei Technologies"]
    assert validate(build_graph(Document("doc", "memory", text)).triples).conforms


@pytest.mark.parametrize(
    ("text", "name", "shown"),
    [
        ("Leonardo S.p.A.", "Leonardo", "Leonardo S.p.A."),
        ("MTN Group Ltd", "MTN Group", "MTN Group Ltd"),
        ("JSC NC «KazMunayGas»", "KazMunayGas", "KazMunayGas"),
        ("PJSC Gazprom", "Gazprom", "PJSC Gazprom"),
        ("PT Pupuk Indonesia", "Pupuk Indonesia", "PT Pupuk Indonesia"),
        ("ZE PAK", "Zespol Elektrowni", "ZE PAK"),
    ],
)
def test_a_legal_form_before_or_after_the_name_is_shown_but_quotes_are_not(
    text: str, name: str, shown: str
) -> None:
    assert CompanyMention(name, 0, len(text), None, None, text).written_name == shown
