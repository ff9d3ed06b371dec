"""Documents named by heads news uses beside the usual ones: terms of reference that set up a
body ("initialled the terms of reference for a joint commission") and a joint vision statement
adopted by two leaders."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2024, 6, 20)


def _agreements(text: str) -> list[tuple[str, str | None]]:
    return [(a.kind.value, a.title) for a in read(text, FILED).agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trade ministers of Ghana and Brazil initialled the terms of reference for a "
            "joint commission on cocoa.",
            ("agreement", "terms of reference for a joint commission on cocoa"),
        ),
        (
            "Officials signed terms of reference for a working group on fisheries.",
            ("agreement", "terms of reference for a working group on fisheries"),
        ),
        (
            "The prime ministers of Greece and India adopted a joint vision statement on shipping.",
            ("joint-statement", "joint vision statement on shipping"),
        ),
        (
            "Norway and Vietnam adopted a Joint Vision Statement on the Green Transition.",
            ("joint-statement", "Joint Vision Statement on the Green Transition"),
        ),
    ],
)
def test_named_agreements_terms_and_visions_are_documents(
    text: str, expected: tuple[str, str]
) -> None:
    assert _agreements(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed the terms of reference for a joint commission on cocoa.",
        "The terms of reference of the panel were not changed when the leaders met.",
        "The two leaders said they shared a joint vision of a peaceful region.",
    ],
)
def test_named_agreements_terms_and_visions_need_a_signing(text: str) -> None:
    """Counter-examples: terms discussed or unchanged, a vision only shared."""
    assert _agreements(text) == []


def test_named_agreements_terms_of_a_body_in_force_are_not_signed_again() -> None:
    """Counter-example: the memorandum is signed under terms of reference already in force."""
    text = (
        "Under the terms of reference of the joint commission, Kenya and Japan signed a "
        "memorandum on roads."
    )
    assert [t for _, t in _agreements(text)] == ["memorandum on roads"]


def test_named_agreements_terms_and_visions_other_documents_acted_under_stay_signed() -> None:
    """Counter-example: only terms of reference are a mandate in force; a document the story
    signs may be told by what happens under it."""
    text = "Under the new agreement on fisheries, signed on Monday, Oman will buy Kenyan tuna."
    assert [t for _, t in _agreements(text)] == ["agreement on fisheries"]
