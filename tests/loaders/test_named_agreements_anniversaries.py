"""An anniversary of an old document ("the 30th anniversary of the Treaty of Friendship", "60
years since the treaty was signed") recalls it; the event does not sign it again."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2024, 9, 3)


def _titles(text: str) -> list[str | None]:
    return [a.title for a in read(text, FILED).agreements]


@pytest.mark.parametrize(
    "text",
    [
        "This year marks the 40th anniversary of the signing of the Joint Declaration on Ties "
        "between Peru and Japan.",
        "The two presidents laid wreaths, marking 60 years since the signing of the Treaty of "
        "Amity that was signed in Lima.",
        "Rome and Buenos Aires celebrated the centenary of the Convention on Emigration, which "
        "both parliaments ratified.",
    ],
)
def test_named_agreements_anniversaries_sign_nothing(text: str) -> None:
    assert _titles(text) == []


def test_named_agreements_anniversaries_keep_the_new_document_signed_beside_them() -> None:
    """Counter-example: the memorandum signed at the anniversary is a new document."""
    text = (
        "Ghana and Turkey signed a memorandum on textiles, marking the 20th anniversary of the "
        "Treaty of Friendship."
    )
    assert _titles(text) == ["memorandum on textiles"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Vietnam and Chile signed an Anniversary Agreement on Cultural Exchange on Monday.",
            "Anniversary Agreement on Cultural Exchange",
        ),
        (
            "On the anniversary of their first summit, Oman and Kenya signed the Treaty on "
            "Fisheries.",
            "Treaty on Fisheries",
        ),
    ],
)
def test_named_agreements_anniversaries_of_other_things_do_not_hide_documents(
    text: str, title: str
) -> None:
    """Counter-examples: an anniversary of something else, or a document named so."""
    assert title in _titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The leaders welcomed the entry into force of the Free Trade Agreement and signed "
        "nothing new.",
        "Both sides adopted a plan to mark the entry into force of the Treaty on Borders.",
    ],
)
def test_named_agreements_anniversaries_entry_into_force_recalls_a_document(text: str) -> None:
    """A document that enters into force was signed before: the event signs it no more than
    an anniversary does."""
    assert "Free Trade Agreement" not in _titles(text)
    assert "Treaty on Borders" not in _titles(text)
