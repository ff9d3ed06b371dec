"""A partnership the leaders sign is a document, named with capitals or not ("signed a 20-year
partnership with ..."); an
upgrade of relations to a partnership, or a partnership that only names a level of ties or
another document's subject, is not one more document."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.agreements import find_agreements

PIPELINE = default_pipeline()
DATE = datetime.date(2024, 9, 10)


def _agreements(text: str) -> list[tuple[int | None, str]]:
    document = PIPELINE(Document("t", "t", text, date=DATE))
    return [(a.count, a.title or "") for a in document.agreements]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Prime Minister Lena Berg signed a 20-year partnership with President Omar Diallo "
            "on Tuesday.",
            "20-year partnership",
        ),
        (
            "The two presidents signed a comprehensive strategic partnership in Dakar.",
            "comprehensive strategic partnership",
        ),
        ("The ministers inked a green energy partnership on Tuesday.", "green energy partnership"),
    ],
)
def test_signed_partnerships_a_signed_partnership_is_one_document(text: str, title: str) -> None:
    assert _agreements(text) == [(1, title)]


@pytest.mark.parametrize(
    "text",
    [
        "Senegal and Norway upgraded ties to a comprehensive strategic partnership on Tuesday.",
        "The two leaders discussed their strategic partnership in Dakar on Tuesday.",
    ],
)
def test_signed_partnerships_a_level_of_relations_is_no_document(text: str) -> None:
    assert _agreements(text) == []


def test_signed_partnerships_a_charter_on_a_partnership_is_the_charter_alone() -> None:
    text = "The ministers signed a Charter on Strategic Partnership in Dakar on Tuesday."
    assert [count for count, _ in _agreements(text)] == [1]


def _titles(sentence: str) -> list[tuple[str | None, AgreementStatus]]:
    return [(a.title, a.status) for a in find_agreements(sentence, 0)]


def test_signed_partnerships_signing_of_a_named_partnership_is_a_document() -> None:
    sentence = "The two sides welcomed the signing of a Comprehensive Strategic Energy Partnership."
    assert _titles(sentence) == [
        ("Comprehensive Strategic Energy Partnership", AgreementStatus.SIGNED)
    ]


def test_signed_partnerships_a_framework_to_be_signed_is_planned() -> None:
    sentence = "The ministers will sign a Strategic Partnership Framework in Lima next month."
    assert _titles(sentence) == [("Strategic Partnership Framework", AgreementStatus.PLANNED)]


def test_signed_partnerships_a_relationship_raised_is_no_document() -> None:
    assert _titles("The leaders elevated ties to a Comprehensive Strategic Partnership.") == []
    assert _titles("They reaffirmed the Strategic Partnership established in 2008.") == []


def test_signed_partnerships_leave_a_partnership_agreement_to_the_named_reader() -> None:
    sentence = "They witnessed the signing of the Comprehensive Economic Partnership Agreement."
    titles = [t for t, _ in _titles(sentence)]
    assert "Comprehensive Economic Partnership" not in titles


def test_signed_partnerships_a_partnership_then_said_signed_is_a_document() -> None:
    text = (
        "President Omar Diallo paid a state visit to Norway on Monday. The main outcome was a "
        "strategic partnership on fisheries and clean energy, signed by the two leaders on "
        "Monday."
    )
    assert _agreements(text) == [(1, "strategic partnership")]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders discussed a strategic partnership on fisheries, announced by the ministers "
        "last year.",
        "The leaders praised a strategic partnership on fisheries, agreed by the ministers in "
        "March.",
    ],
)
def test_signed_partnerships_a_partnership_announced_or_agreed_by_is_no_document(
    text: str,
) -> None:
    assert _agreements(text) == []
