"""Document nouns made of an "of" phrase are counted whether news writes them in the plural or
not ("three Exchange of Notes", "two Letters of Intent"), so a package keeps its number of
documents (issue 4); letters and exchanges that are no documents are not counted."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _counts(sentence: str) -> list[int | None]:
    return [a.count for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Ghana and Japan signed three Exchange of Notes on grant aid.", [3]),
        ("Ghana and Japan signed two Exchanges of Letters on the loan.", [2]),
        ("Cuba and Angola signed four MoU and three Letters of Intent on health.", [4, 3]),
        ("Five letters of intent were signed by Nepali and Indian firms.", [5]),
    ],
)
def test_agreements_of_phrase_counts_keep_the_number(sentence: str, counts: list[int]) -> None:
    assert _counts(sentence) == counts


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders signed three letters to the United Nations.",
        "The ministers held two exchanges of views on the border.",
        "Ghana and Japan exchanged four letters about the debt last year.",
    ],
)
def test_agreements_of_phrase_counts_not_for_plain_letters(sentence: str) -> None:
    assert _counts(sentence) == []
