"""Documents a sentence dates before the document are background, not news: "In 2019 the two
countries signed ..."; the same words in the document's own month are the news itself. A
document only hoped for ("an agreement ... can be concluded") is not signed either."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
JUNE = datetime.date(2024, 6, 20)


def _agreements(text: str, date: datetime.date | None = JUNE) -> list[tuple[int | None, str]]:
    document = PIPELINE(Document("t", "t", text, date=date))
    return [(a.count, a.title or "") for a in document.agreements]


@pytest.mark.parametrize(
    "text",
    [
        "In February this year the prime minister visited Santiago, where the two governments "
        "signed twelve documents.",
        "In 2019, Chile and Peru signed twelve agreements on trade and mining.",
        "Last year the ministers signed twelve agreements in Lima.",
        "In May last year the two sides signed twelve memoranda.",
    ],
)
def test_agreements_dated_earlier_are_background(text: str) -> None:
    assert _agreements(text) == []


def test_agreements_dated_earlier_the_documents_own_month_is_news() -> None:
    text = "In June 2024 Chile and Peru signed twelve agreements on trade and mining."
    assert [count for count, _ in _agreements(text)] == [12]


def test_agreements_dated_earlier_a_month_in_an_undated_document_may_be_news() -> None:
    assert _agreements("In March the two sides signed 12 agreements.", None) == [(12, "")]
    assert _agreements("In March last year the two sides signed 12 agreements.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Back in early March this year the two sides signed twelve agreements in Quito.",
        "In mid-April this year the two sides signed twelve agreements in Quito.",
    ],
)
def test_agreements_dated_earlier_reads_the_normalised_opening_date(text: str) -> None:
    assert _agreements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March 2024 the two sides signed twelve agreements in Quito.",
        "In Quito the two sides signed twelve agreements on Thursday.",
    ],
)
def test_agreements_dated_earlier_a_day_or_a_place_at_the_opening_is_news(text: str) -> None:
    assert [count for count, _ in _agreements(text)] == [12]


def test_agreements_dated_earlier_a_hoped_for_agreement_is_not_signed() -> None:
    text = (
        "The minister said she was confident that a free trade agreement between the two "
        "blocs can be concluded soon."
    )
    assert _agreements(text) == []
