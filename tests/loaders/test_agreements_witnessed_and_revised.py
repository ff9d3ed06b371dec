"""A document named right before "and witnessed the signature of ..." ends there, and one the
text calls revised, amended or updated ("a revised treaty of transit") is a document of its
own; named again by "the" alone ("the revised agreement") it is no new one."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _found(sentence: str) -> list[tuple[str, int | None, str | None]]:
    return [(a.kind.value, a.count, a.title) for a in find_agreements(sentence, 0)]


def test_agreements_a_declaration_before_and_witnessed() -> None:
    sentence = (
        "Both presidents subscribed a joint declaration and witnessed the signature of 14 "
        "instruments of cooperation in matters of health and mining."
    )
    assert [(kind, count) for kind, count, _ in _found(sentence)] == [
        ("package", 14),
        ("joint-declaration", 1),
    ]


@pytest.mark.parametrize(
    ("article", "word"), [("a", "revised"), ("an", "amended"), ("an", "updated")]
)
def test_agreements_a_revised_document_in_a_package(article: str, word: str) -> None:
    sentence = (
        "The two sides exchanged five agreements, including an agreement on power trade and "
        f"{article} {word} treaty of transit."
    )
    assert _found(sentence)[-1] == ("treaty", 1, f"{word} treaty of transit")


@pytest.mark.parametrize(
    "sentence",
    [
        "Once signed, the revised agreement will take effect.",
        "The ministers said the amended treaty was signed by both sides.",
    ],
)
def test_agreements_the_revised_agreement_named_again_is_none(sentence: str) -> None:
    assert _found(sentence) == []


def test_agreements_other_participles_still_name_no_document() -> None:
    sentence = "They signed the proposed agreement on trade."
    assert _found(sentence) == []
