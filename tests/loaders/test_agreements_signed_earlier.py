"""A document a sentence dates by its signing in an earlier month or year ("a fisheries
agreement signed in 2018") is background: no agreement of the visit, and its year is not the
day of the talks the same sentence tells. A signing on a day ("signed on Monday") or in the
document's own month may be the news itself."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read

_LEAD = (
    "LIMA, May 5 2025 - Chilean President Rosa Lagos arrived in Lima on Monday for a state "
    "visit and held talks with President Dina Boluarte.\n\n"
)


def _titles(text: str) -> list[str | None]:
    return [a.title for a in read(_LEAD + text).agreements if a.count == 1]


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents agreed to bring into force a fisheries agreement signed in 2018 and "
        "witnessed the signing of two memoranda of understanding.",
        "They signed two memoranda and reviewed the fisheries agreement, which was concluded in "
        "March 2021.",
    ],
)
def test_agreements_signed_earlier_are_background(text: str) -> None:
    document = read(_LEAD + text)
    assert "fisheries agreement" not in [a.title for a in document.agreements]
    assert [m.date.lexical if m.date else None for m in document.meetings] == ["2025-05-05"]


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents then witnessed a fisheries agreement signed on Monday.",
        "The two presidents witnessed the signing of two memoranda, after a fisheries agreement "
        "signed in May 2025.",
    ],
)
def test_agreements_signed_earlier_not_the_day_or_month_of_the_news(text: str) -> None:
    """Counter-examples: a signing on a day, or in the report's own month, is the news."""
    assert "fisheries agreement" in _titles(text)


def test_agreements_signed_earlier_by_a_clause_of_its_signers() -> None:
    # Issue 4: the signers' own clause dates the document to an earlier trip.
    text = (
        "They reviewed the fisheries agreement that then-president Ana Mora signed with"
        " President Ollanta Humala during her visit to Lima in May 2014."
    )
    document = read(_LEAD + text)
    assert "fisheries agreement" not in [a.title for a in document.agreements]


def test_agreements_signed_earlier_by_a_clause_in_the_news_month() -> None:
    # Counter-example: a clause that dates the signing in the report's own month is the news.
    text = (
        "The presidents witnessed the signing of a fisheries agreement that the two ministers"
        " signed in May 2025."
    )
    assert "fisheries agreement" in _titles(text)
