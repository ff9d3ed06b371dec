"""Alternatives regrouped by first letter find the matches of the pattern as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dkg.loaders.letter_branches import by_first_letter
from dkg.loaders.steps.sector_cues import cue_regions

_WORDS = ["talks", "ties", "trade", "in", "on", "with", "a", "an", "the", "deal", "aid", "ai"]
_CUES = (
    r"\W(?:(?:ties|talks|trade)(?:\s+\w+){0,2}?\s+(?:in|on)\b|t(?:alks|ies)\s+with\b"
    r"|(?:a|an|the)\s+(?:\w+\s+)?deal\b|at\b|(?:grant\s+aid|aid|ai)\s+for|ai\b(?!\s+for))"
)
"""Alternatives whose order matters: "talks" opens three of them, "a" four, "ai" two."""


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_WORDS, "at", "for", "grant", "x", ",", "."]),
        max_size=14,
    )
)
def test_letter_branches_find_the_matches_of_the_pattern(words: list[str]) -> None:
    text = " " + " ".join(words)
    written = [m.span() for m in re.finditer(_CUES, text)]
    assert [m.span() for m in by_first_letter(_CUES).finditer(text)] == written


def test_letter_branches_keep_the_written_order_within_a_letter() -> None:
    # "ab" before "a": the longer one wins where both could match, as written.
    assert by_first_letter(r"(?:ab|a|b)").findall("abab a") == ["ab", "ab", "a"]
    assert by_first_letter(r"(?:a|ab|b)").findall("abab a") == ["a", "b", "a", "b", "a"]


def test_letter_branches_spread_an_optional_word_in_its_place() -> None:
    # "(?:x\s+)?b" is tried as "x\s+b" then "b", so "x b" is one match, as written.
    pattern = r"(?:a|(?:x\s+)?b)"
    text = "x b b a xb"
    assert (
        by_first_letter(pattern).findall(text)
        == re.findall(pattern, text)
        == ["x b", "b", "a", "b"]
    )


@pytest.mark.parametrize(
    "pattern",
    [r"(?:a|(b))", r"(?i)(?:a|b)", r"(?:a|[bc]d)", r"(?:a|)"],
)
def test_letter_branches_refuse_what_they_could_not_keep(pattern: str) -> None:
    with pytest.raises(ValueError):
        by_first_letter(pattern)


def test_letter_branches_sector_cues_still_open_regions() -> None:
    lowered = "they discussed cooperation in energy and grant aid for schools."
    # after "discussed", "cooperation in" and "grant aid for", each to the clause's end
    assert cue_regions(lowered) == [(14, 62), (29, 62), (54, 62)]
