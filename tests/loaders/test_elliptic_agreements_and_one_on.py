"""A document named in full, then "and one on" another subject ("a treaty on X and one on Y"),
is two documents of that kind, as "and another on" is (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[str]:
    return [a.title for a in find_agreements(sentence, 0) if a.title]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ghana and Togo signed a treaty on extradition and one on legal aid.",
            ["treaty on extradition", "treaty on legal aid"],
        ),
        (
            "The ministers signed a memorandum on customs and one for youth exchanges.",
            ["memorandum on customs", "memorandum for youth exchanges"],
        ),
    ],
)
def test_elliptic_agreements_and_one_on_is_one_document_each(
    sentence: str, expected: list[str]
) -> None:
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one preposition for two subjects: one document
        (
            "Ghana and Togo signed a treaty on extradition and legal aid.",
            ["treaty on extradition and legal aid"],
        ),
        # plural subjects within a counted package stay the package's (as the corpus gold has it)
        ("Ghana and Togo signed nine documents, among them accords on mining and on ports.", []),
    ],
)
def test_elliptic_agreements_and_one_on_needs_its_one(sentence: str, expected: list[str]) -> None:
    assert _titles(sentence) == expected


def test_elliptic_agreements_counted_arrangements_stay_one_package() -> None:
    """ "two funding arrangements: one on X and one on Y" is the package of two, as the corpus
    gold has counted arrangements ("three arrangements: on A, on B and on C"); its parts are
    not documents of their own."""
    sentence = (
        "Ireland and Malawi signed two funding arrangements: one on school meals and one on "
        "flood resilience."
    )
    assert [(a.kind.value, a.count) for a in find_agreements(sentence, 0)] == [("package", 2)]
