"""Business news names a company's head in apposition with "its", "our" or "their" ("said
Ana Sotomayor, its chief executive"): the name is a person, as with "the"."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> set[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 3)))
    return {p.name for p in document.people}


@pytest.mark.parametrize("determiner", ["its", "our", "their"])
def test_person_lower_titles_possessive_apposition_names_the_head(determiner: str) -> None:
    text = f'"The plant opens in May," said Ana Sotomayor, {determiner} chief executive.'
    assert "Ana Sotomayor" in _names(text)


def test_person_lower_titles_possessive_before_a_plain_noun_names_nobody() -> None:
    text = "The deal was signed in Santiago, its capital, on Monday."
    assert _names(text) == set()
