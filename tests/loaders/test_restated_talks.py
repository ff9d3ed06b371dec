"""Sentences that rank talks already told are not new talks."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.restated_talks import restates_talks


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first call between the two leaders since the summit in June.",
        "This was their seventh meeting in two years.",
        "The talks were the 12th round of the strategic dialogue.",
    ],
)
def test_restated_talks_ranking_sentence_is_recognised(sentence: str) -> None:
    assert restates_talks(sentence)


def test_restated_talks_report_of_new_talks_is_not_a_ranking() -> None:
    assert not restates_talks("The two ministers held their talks at the foreign ministry.")
