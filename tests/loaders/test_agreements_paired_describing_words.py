"""A count of documents may describe them with two words joined by "and" ("12 trade and
investment deals"): the package is read with its count and its value, instead of being missed
and its value given to another package of the story."""

from __future__ import annotations

from decimal import Decimal

from dkg.loaders.steps.agreements import find_agreements


def _packages(sentence: str) -> list[tuple[int | None, Decimal | None]]:
    return [(a.count, a.value) for a in find_agreements(sentence, 0)]


def test_agreements_paired_describing_words_keep_the_count_and_value() -> None:
    sentence = (
        "Chilean and Korean firms signed 12 trade and investment deals worth 3.1 billion dollars "
        "at the forum."
    )
    assert _packages(sentence) == [(12, Decimal(3_100_000_000))]


def test_agreements_paired_describing_words_with_a_further_word() -> None:
    assert (
        _packages("The ministers exchanged seven health and education cooperation memoranda.")[0][0]
        == 7
    )


def test_agreements_a_second_count_after_and_is_its_own_package() -> None:
    counts = [c for c, _ in _packages("They signed 4 memoranda and three contracts on Friday.")]
    assert 4 in counts and 3 in counts
