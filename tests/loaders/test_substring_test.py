"""A filter's written-out substring test answers as testing each set's strings one by one does."""

from __future__ import annotations

import itertools

import pytest

from dkg.loaders.case_blind import fold
from dkg.loaders.substring_test import StringSets, build_substring_test

_TEXTS = [
    "President Macron's STATE VISIT to Kenya began on Monday.",
    "The minister\u2019s trip to \u00d6sterreich \u2013 and to \u0130stanbul \u2013 was cut short.",
    "No cue here at all.",
    "",
]
_SETS: list[StringSets] = [
    (),
    ((("visit",), True),),
    ((("'s", "\u2019s"), False), (("trip", "visit"), True)),
    ((("Kenya", "Chad"), False), (("state visit",), True), (("began", "monday"), True)),
    ((("\u00f6sterreich",), True), (("\u2013",), False)),
    ((("zzqx", "qxzz"), True),),
]


def _held_one_by_one(sets: StringSets, text: str, pos: int, endpos: int) -> bool:
    """The filter's answer as its definition has it: one string of each set in the window."""
    return all(
        any(s in (fold(text) if case_blind else text)[pos:endpos] for s in strings)
        for strings, case_blind in sets
    )


@pytest.mark.parametrize("sets", _SETS)
def test_substring_test_answers_as_testing_each_string_does(sets: StringSets) -> None:
    test = build_substring_test(sets)
    for text in _TEXTS:
        bounds = sorted({0, 3, 10, 25, len(text), len(text) + 5})
        for pos, endpos in itertools.product(bounds, repeat=2):
            assert test(text, pos, endpos) == _held_one_by_one(sets, text, pos, endpos), (
                sets,
                text,
                pos,
                endpos,
            )


def test_substring_test_takes_quotes_and_backslashes_as_they_are() -> None:
    # The strings are written into the test's source: a quote or backslash must stay a
    # character to look for, not end the string or escape the next one.
    test = build_substring_test(((("\\'s", '"', "\\n"), False),))
    assert test("a \\'s b", 0, 99)
    assert test('say "yes"', 0, 99)
    assert test("a \\n b", 0, 99)
    assert not test("it's\nnew", 0, 99)
