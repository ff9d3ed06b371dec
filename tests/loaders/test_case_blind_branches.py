"""Case-blind alternatives regrouped by first letter find the matches of the pattern as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dkg.loaders.case_blind_branches import compile_by_first_letter

_NAMES = (
    r"(?P<name>(?:US|U\.S\.|American)\s+dollars?|dollars?|(?:Japanese\s+)?yen"
    r"|(?:Israeli\s+)?(?:new\s+)?shekels?|sterling|(?:pounds?\s+sterling|pounds?)"
    r"|Swiss\s+francs?|francs?|kina|Kip|~)\b"
)
"""Alternatives whose order matters ("dollars" after "US dollars", "pounds sterling" before
"pounds"), that open with optional words, and whose first letters ("s", "k", "i") are among
those ``re.IGNORECASE`` takes other characters for ("\u017f", "\u212a", "\u0130", "\u0131")."""
_WORDS = [
    "us", "U.S.", "american", "dollar", "dollars", "japanese", "yen", "israeli", "new",
    "shekel", "sterling", "pounds", "pound", "swiss", "franc", "kina", "kip", "~", "5", ",",
]  # fmt: skip


def _odd_case(word: str, choice: int) -> str:
    if choice == 1:
        return word.upper()
    if choice == 2:
        return word.title()
    if choice == 3:
        return word.replace("s", "\u017f").replace("k", "\u212a").replace("i", "\u0131")
    if choice == 4:
        return word.upper().replace("I", "\u0130")
    return word


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.integers(0, 4), st.sampled_from([" ", "  ", ""])),
        max_size=10,
    )
)
def test_case_blind_branches_find_the_matches_of_the_pattern(
    words: list[tuple[str, int, str]],
) -> None:
    text = "".join(_odd_case(word, choice) + gap for word, choice, gap in words)
    written = [(m.span(), m["name"]) for m in re.finditer(_NAMES, text, re.I)]
    regrouped = compile_by_first_letter(_NAMES, re.I)
    assert [(m.span(), m["name"]) for m in regrouped.finditer(text)] == written


def test_case_blind_branches_keep_the_written_order_within_a_letter() -> None:
    # "ab" before "a": the longer one wins where both could match, as written, in any case.
    assert compile_by_first_letter(r"(?:ab|a|b)", re.I).findall("AbaB a") == ["Ab", "aB", "a"]
    assert compile_by_first_letter(r"(?:a|ab|b)", re.I).findall("AbaB a") == [
        "A", "b", "a", "B", "a",
    ]  # fmt: skip


def test_case_blind_branches_keep_parts_that_mind_case() -> None:
    signs = compile_by_first_letter(r"\d+\s?(?-i:(?:kr|DA|Kz))", re.I)
    assert signs.findall("5 kr, 6 KR, 7 DA, 8 da, 9 Kz") == ["5 kr", "7 DA", "9 Kz"]


@pytest.mark.parametrize(
    "pattern",
    [r"(?:(a)|b)c", r"(?:a|\bb)c", r"(?:a|[bc]d)", r"(?:a|)", r"(?:\u00e9t\u00e9|a)"],
)
def test_case_blind_branches_leave_as_written_what_they_could_not_keep(pattern: str) -> None:
    text = "ac bc AC BD cd A \u00c9T\u00c9 \u00e9t\u00e9"
    assert compile_by_first_letter(pattern, re.I).findall(text) == re.findall(pattern, text, re.I)


@pytest.mark.parametrize("flags", [0, re.I | re.ASCII])
def test_case_blind_branches_refuse_patterns_not_case_blind_by_unicode(flags: int) -> None:
    with pytest.raises(ValueError):
        compile_by_first_letter(r"(?:a|b)", flags)
