""" "Letter of intention" is how much news, in Europe and in translation, writes a letter of
intent: a document signed like a memorandum, counted in packages too; a letter that only tells
someone's intention is none."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementKind
from dkg.loaders.steps.agreements import find_agreements


def test_named_agreements_letters_of_intention_a_signed_one_is_a_memorandum() -> None:
    sentence = "Vestas signed a letter of intention with a Polish utility on offshore turbines."
    (found,) = find_agreements(sentence, 0)
    assert (found.kind, found.title) == (
        AgreementKind.MEMORANDUM,
        "letter of intention with a Polish utility on offshore turbines",
    )


def test_named_agreements_letters_of_intention_are_counted_in_packages() -> None:
    (found,) = find_agreements("The two ports signed three letters of intention.", 0)
    assert (found.kind, found.count) == (AgreementKind.PACKAGE, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister signed a letter stating the intention of Chad to join the pipeline.",
        "In a signed letter, the company set out its intention to bid for the mine.",
    ],
)
def test_named_agreements_letters_of_intention_a_letter_telling_an_intention_is_none(
    sentence: str,
) -> None:
    assert find_agreements(sentence, 0) == []
