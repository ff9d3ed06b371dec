"""One list of document nouns serves both the counting of signed documents and the dating of
earlier ones: a noun known to one ("pact", "convention", "treaty", "letter of intent") is
known to the other."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
JUNE = datetime.date(2024, 6, 20)


def _counts(text: str) -> list[int | None]:
    document = PIPELINE(Document("t", "t", text, date=JUNE))
    return [a.count for a in document.agreements]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The ministers signed two pacts on fisheries and one treaty on extradition.", [2, 1]),
        ("The two finance ministries signed three conventions on double taxation.", [3]),
        ("The delegations signed one treaty and two agreements.", [1, 2]),
    ],
)
def test_document_nouns_are_counted_when_signed(text: str, counts: list[int]) -> None:
    assert _counts(text) == counts


def test_document_nouns_a_party_convention_is_no_document() -> None:
    """Counter-example: conventions attended, not signed, are gatherings."""
    assert _counts("The minister has attended two conventions of the party this year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministers renewed the letter of intent that their agencies signed in 2021.",
        "The ministers renewed the roadmap, which was concluded in March 2022.",
    ],
)
def test_document_nouns_a_document_signed_years_ago_is_background(text: str) -> None:
    assert _counts(text) == []
