"""A programme's capitalised name before a lower-case document noun ("a Strategic Sector
Cooperation agreement on water") names a document; capitalised words that name countries ("a
Turkish-Libyan memorandum") do not make one, and a partnership named inside the document is
not a second one."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The two ministers signed a Strategic Sector Cooperation agreement on energy.",
            "Strategic Sector Cooperation agreement on energy",
        ),
        ("Peru and Norway signed a Blue Economy memorandum.", "Blue Economy memorandum"),
        (
            "They signed a Green Growth Partnership memorandum on hydrogen.",
            "Green Growth Partnership memorandum on hydrogen",
        ),
    ],
)
def test_named_agreements_programme_names_before_a_lower_case_noun(
    sentence: str, title: str
) -> None:
    assert _titles(sentence) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "Athens signed the deal in answer to a Turkish-Libyan memorandum.",
        "They signed what the press called a Kenyan agreement.",
    ],
)
def test_named_agreements_country_words_before_a_lower_case_noun_name_no_document(
    sentence: str,
) -> None:
    assert _titles(sentence) == []
