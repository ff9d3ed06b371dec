"""A partnership the leaders sign is a document ("signed a 20-year partnership with ..."); an
upgrade of relations to a partnership, or a partnership that only names a level of ties or
another document's subject, is not one more document."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

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
