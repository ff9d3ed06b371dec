"""A "she" does not stand for a man the text addresses as one ("Mr", "King"), nor a "he" for a
woman ("Ms", "Queen"): the pronoun then binds the other person of the sentence before, and the
trip it tells is theirs."""

from __future__ import annotations

from tests.loaders.reading import read, visits


def test_pronoun_gender_she_is_not_mr() -> None:
    document = read("Mr Ito met Ms Kato in Tokyo on Monday. She later flew to Seoul.")
    assert visits(document) == {("Kato", "KR")}


def test_pronoun_gender_he_is_not_ms() -> None:
    document = read("Ms Kato met Mr Ito in Tokyo on Monday. He later flew to Seoul.")
    assert visits(document) == {("Ito", "KR")}


def test_pronoun_gender_unknown_sex_binds_the_subject() -> None:
    """Counter-example: with no form of address the pronoun stays with the subject."""
    document = read(
        "President Lena Brandt met Prime Minister Ivo Sorel in Vienna on Monday."
        " She later flew to Prague."
    )
    assert visits(document) == {("Lena Brandt", "CZ")}


def test_pronoun_gender_same_sex_binds_the_subject() -> None:
    """Counter-example: when both are addressed as men, "he" is the subject, as before."""
    document = read("Mr Ito met Mr Park in Tokyo on Monday. He later flew to Seoul.")
    assert visits(document) == {("Ito", "KR")}
