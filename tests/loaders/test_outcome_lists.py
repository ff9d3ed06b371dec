"""A list of signed documents is read only under a lead-in that announces it, whatever its case."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.outcome_lists import OutcomeList

PIPELINE = default_pipeline()
_ITEM = "- Memorandum of Understanding on Cooperation in Renewable Energy"


@pytest.mark.parametrize(
    "lead",
    [
        "After the talks the two sides exchanged these documents:",
        "AFTER THE TALKS THE SIDES EXCHANGED THE FOLLOWING:",
        "List of outcomes:",
    ],
)
def test_outcome_lists_item_under_lead_in_is_a_signed_document(lead: str) -> None:
    reader = OutcomeList()
    assert reader.read(lead, 0) == []
    found = reader.read(_ITEM, 100)
    assert [(m.title, m.status.value) for m in found] == [(_ITEM[2:], "signed")]


def test_outcome_lists_item_without_lead_in_is_not_read() -> None:
    reader = OutcomeList()
    assert reader.read("The delegations toured the harbour before lunch.", 0) == []
    assert reader.read(_ITEM, 100) == []


_NUMBERED = (
    "Ministry of Foreign Affairs\n\n"
    "The following documents were exchanged in the presence of the two presidents:\n\n"
    "1. Memorandum of Understanding on cooperation in fisheries.\n"
    "2. Agreement on the mutual recognition of driving licences.\n"
    "3. Memorandum of Understanding on youth exchanges.\n\n"
    "Lima\nMarch 12, 2024\n"
)


def _agreement_titles(text: str) -> list[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 3, 12)))
    return sorted(a.title for a in document.agreements if a.title)


def test_outcome_lists_numbered_items_are_each_a_signed_document() -> None:
    assert _agreement_titles(_NUMBERED) == [
        "Agreement on the mutual recognition of driving licences",
        "Memorandum of Understanding on cooperation in fisheries",
        "Memorandum of Understanding on youth exchanges",
    ]


def test_outcome_lists_numbered_steps_without_lead_in_are_not_documents() -> None:
    text = (
        "The ministry set out how to apply.\n\n"
        "1. Agreement forms are available at every consulate.\n"
        "2. Memorandum copies must be certified.\n"
    )
    assert _agreement_titles(text) == []


def test_outcome_lists_an_item_told_with_its_article_is_a_document() -> None:
    reader = OutcomeList()
    assert reader.read("Seven agreements were signed, among them:", 0) == []
    found = reader.read("- an agreement on visa-free travel for diplomats;", 50)
    assert [m.title for m in found] == ["agreement on visa-free travel for diplomats"]
    assert reader.read("- a visit to the port of Mombasa;", 120) == []


@pytest.mark.parametrize(
    "heading", ["Key outcomes", "Documents signed", "Outcomes of the state visit", "DELIVERABLES"]
)
def test_outcome_lists_heading_without_colon_opens_the_list(heading: str) -> None:
    """A heading on a line of its own announces the list as a lead-in's colon does."""
    text = (
        "President Ruto of Kenya paid a state visit to Poland on 11 March and held talks with "
        f"President Duda in Warsaw.\n\n{heading}\n\n"
        "- Memorandum of Understanding on Cooperation in Tourism\n"
        "- Agreement on the Avoidance of Double Taxation\n"
    )
    assert _agreement_titles(text) == [
        "Agreement on the Avoidance of Double Taxation",
        "Memorandum of Understanding on Cooperation in Tourism",
    ]


@pytest.mark.parametrize(
    "heading", ["Topics discussed", "Areas to explore:", "Outcomes we hope for in the coming years"]
)
def test_outcome_lists_heading_of_other_lists_opens_none(heading: str) -> None:
    """Counter-examples: subjects talked over or hoped for are no documents signed."""
    text = (
        "President Ruto of Kenya paid a state visit to Poland on 11 March and held talks with "
        f"President Duda in Warsaw.\n\n{heading}\n\n"
        "- Agreement on the Avoidance of Double Taxation\n"
        "- Trade in coffee and tea\n"
    )
    assert _agreement_titles(text) == []


_STATEMENT = "- Joint Statement on the Elevation of Relations to a Strategic Partnership"


def test_outcome_lists_a_joint_statement_under_a_signing_lead_in_is_signed() -> None:
    reader = OutcomeList()
    assert reader.read("The following instruments were signed:", 0) == []
    found = reader.read(_STATEMENT, 50)
    assert [(m.title, m.status.value) for m in found] == [(_STATEMENT[2:], "signed")]


def test_outcome_lists_a_joint_statement_without_a_lead_in_is_not_read() -> None:
    reader = OutcomeList()
    assert reader.read("Topics discussed:", 0) == []
    assert reader.read(_STATEMENT, 50) == []
