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
