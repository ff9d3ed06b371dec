"""A document named only by its head and its partner ("signed a memorandum with the state
fund to study ...") is a document of its own, not a repeat of another memorandum the same
text names; "the memorandum" after a named one still is a repeat."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _titles(text: str) -> list[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 3)))
    return sorted(a.title or "" for a in document.agreements)


def test_agreements_with_partners_memorandum_with_a_partner_is_a_second_document() -> None:
    text = (
        "The port authority signed a memorandum on dredging the harbour. The shipyard signed "
        "a memorandum with the state development fund to study a joint venture for ferries."
    )
    assert len(_titles(text)) == 2


def test_agreements_with_partners_the_memorandum_later_is_the_same_document() -> None:
    text = (
        "The port authority signed a memorandum on dredging the harbour. Officials said the "
        "memorandum was signed after two years of talks."
    )
    assert _titles(text) == ["memorandum on dredging the harbour"]


def test_agreements_with_partners_a_three_way_memorandum_is_a_document_of_its_own() -> None:
    text = (
        "The leaders signed a memorandum on fisheries. Officials also signed a memorandum "
        "among Chile, Peru and Ecuador on a shared weather service."
    )
    assert len(_titles(text)) == 2
