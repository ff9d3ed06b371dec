"""Where amounts are looked for: every number a sentence writes, in digits or in words."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.number_starts import number_starts


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Ministers met on Tuesday and praised the talks.", []),
        ("Often the attention was on tone and content.", []),
        ("The fair drew 40 firms and twenty-one banks.", ["40", "twenty-one"]),
        ("Half a dozen ports and a hundred trucks joined.", ["Half a dozen", "a hundred"]),
        ("Some 12,500 visas were issued, seven more than planned.", ["12,500", "seven"]),
        ("The G20 summit chose an A320 jet.", []),
        ("Abu Dhabi pledged Dh10bn and AED5 billion.", ["10bn", "5 billion"]),
    ],
)
def test_number_starts_finds_numbers_in_digits_and_words(sentence: str, numbers: list[str]) -> None:
    starts = number_starts(sentence)
    assert [sentence[s : s + len(n)] for s, n in zip(starts, numbers, strict=True)] == numbers
