"""A plan named with the years it runs ("the Kenya-Ghana Action Plan 2024-2027") is one signed
document, and so is an executive programme two governments sign for a span of years; the same
words in a sentence that signs nothing, or a plan unveiled alone, are no document."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The foreign ministers signed the Kenya-Ghana Action Plan 2024-2027, a document with "
            "more than 30 commitments on trade and health, and a Memorandum of Understanding on "
            "Defence Cooperation that sets up a joint committee.",
            "Kenya-Ghana Action Plan 2024-2027",
        ),
        (
            "The two sides signed the Joint Action Plan 2026 in Nairobi.",
            "Joint Action Plan 2026",
        ),
    ],
)
def test_named_agreements_plan_years_stay_in_the_title(sentence: str, title: str) -> None:
    titles = _titles(sentence)
    assert title in titles
    assert len(titles) == len(set(titles))


def test_named_agreements_plan_and_memorandum_are_two_documents() -> None:
    titles = _titles(
        "The foreign ministers signed the Kenya-Ghana Action Plan 2024-2027, a document with "
        "more than 30 commitments, and a Memorandum of Understanding on Defence Cooperation "
        "that sets up a joint committee."
    )
    assert titles == [
        "Kenya-Ghana Action Plan 2024-2027",
        "Memorandum of Understanding on Defence Cooperation",
    ]


def test_named_agreements_executive_programme_is_a_document() -> None:
    found = find_agreements(
        "The ministers signed a memorandum of understanding on consultations between the two "
        "foreign ministries, and an executive programme for scientific cooperation for the "
        "years 2026-2028.",
        0,
    )
    assert [a.count for a in found] == [1, 1]
    assert any(a.title and a.title.startswith("programme for scientific") for a in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenya-Ghana Action Plan 2024-2027 was discussed at length by the officials.",
        "The executive programme for scientific cooperation is under review.",
        "The ministry unveiled its executive programme for the coming year.",
    ],
)
def test_named_agreements_plans_not_signed_are_no_document(sentence: str) -> None:
    assert _titles(sentence) == []
