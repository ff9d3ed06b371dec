"""Being "the first country to sign" an agreement is history, not a signing of the day."""

from __future__ import annotations

from dkg.loaders.steps.agreements import find_agreements


def test_agreements_first_to_sign_is_background() -> None:
    sentence = "Chile was the first developed country to sign a free trade agreement with Peru."
    assert find_agreements(sentence, 0) == []
    assert find_agreements("Kenya became the first nation to ratify the new convention.", 0) == []


def test_agreements_first_to_sign_leaves_a_signing_of_the_day() -> None:
    sentence = "Chile and Peru signed a free trade agreement, the first of its kind in the region."
    assert [a.count for a in find_agreements(sentence, 0)] == [1]
