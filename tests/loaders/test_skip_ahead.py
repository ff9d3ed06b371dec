"""Searches through skip-ahead scanners find exactly what the patterns' own searches find."""

from __future__ import annotations

import re
import string
import sys
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dkg.loaders.ascii_folds import ignorecase_variants
from dkg.loaders.case_blind import lowered_search
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead import Search, scanner, skip_ahead_search

_PATTERNS = [
    r"\bvisit",
    r"\b(?:visit|tour)s?\b",
    r"\b(?P<kind>state|official)?[ -]?visit(?:s|ed)?\b",
    r"(?<![\w-])[A-Z\u00c9][a-z\u00df]+",
    r"(?<![\w'-])(?:\d+|one|two)[\s-]+days?\b",
    r"(?:\b[A-Z][a-z]+|\d[\d,.]*|\bof)\s+(?!days)\w+",
    r"\b(?=\w)(?:(?P<day>\d{1,2})\s+(?P<month>May|June)|(?P<year>(?:19|20)\d\d))\b",
    r"(?i)\b(?:_id|\d+)x",
    r"(?:\b(?:met|meets)\b)+\s+(?P<who>[A-Z]\w*)",
    r"(?=[A-Z])(?:Mr|Ms)\.?\s+(?P<name>\w+)",
    r"(?i)\b(?:state|kin)[ -]?(?P<v>visit|\w+)",
    r"\b(?i:[a-c]s|is)t\b",
]
"""Openings ``re`` cannot skip ahead through: ``\\b``, look-behinds, an optional group, a
look-ahead, alternatives of several shapes, a repeated group, and a case-blind pattern whose
first characters have no case, and case-blind first letters ("K" is also "\u212a")."""

_TRICKY = [
    "visit",
    "revisit; a visit_ and a visit-",
    "\u00c9vian hosts a state visit, \u00c9t\u00e9 and Stra\u00dfe too",
    "O'Brien's 3-day tour: 12 May, 2026 or 1999; met Ali, meets met Bo",
    "12x_idx _idX 7X id3x",
    "Mr. Ruto met Ms Kagame;Mr\nSmith",
    "state  visited\nofficial visits",
    "\u017ftate \u212aIN-VISIT, \u0130st \u0131st Ast bst",
]

_ALPHABET = "visttourM12 9-_'.,\u00c9\u00dfaSeAy\nBodfxkKIn\u017f\u212a\u0130\u0131"


def _same(pattern: re.Pattern[str], search: Search, text: str, pos: int, endpos: int) -> None:
    expected = pattern.search(text, pos, endpos)
    found = search(text, pos, endpos)
    assert (found and found.regs) == (expected and expected.regs), (pattern, text, pos, endpos)


def _scanned(pattern: re.Pattern[str]) -> Search:
    found = skip_ahead_search(pattern)
    assert found is not None, pattern.pattern
    return found


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_skip_ahead_finds_the_spans_and_groups_of_the_pattern(pattern: str) -> None:
    compiled = re.compile(pattern)
    search = _scanned(compiled)
    for text in _TRICKY:
        for pos in range(len(text) + 1):
            for endpos in (len(text), pos + 4, pos):
                _same(compiled, search, text, pos, endpos)


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.sampled_from(_PATTERNS),
    text=st.text(alphabet=_ALPHABET, max_size=40),
    pos=st.integers(0, 45),
    width=st.integers(0, 45),
)
def test_skip_ahead_agrees_with_the_pattern_on_any_text(
    pattern: str, text: str, pos: int, width: int
) -> None:
    compiled = re.compile(pattern)
    _same(compiled, _scanned(compiled), text, pos, pos + width)
    prefiltered = Prefiltered(pattern)
    assert [m.regs for m in prefiltered.finditer(text, pos)] == [
        m.regs for m in compiled.finditer(text, pos)
    ]


def test_skip_ahead_boundary_reads_the_text_before_pos() -> None:
    # A search from inside "revisit" must not take "visit" for a word of its own.
    search = _scanned(re.compile(r"\bvisit"))
    assert search("revisit", 2, 7) is None
    found = search("re visit", 2, 8)
    assert found is not None and found.span() == (3, 8)


@pytest.mark.parametrize(
    "pattern",
    [
        r"visit\b",  # re already skips to the "v"
        r"[Vv]isit",  # re already skips to a first character
        r"^\s*visit",  # anchored: re tries the start only
        r"\b(?:visit)?",  # may match the empty string
        r"\b\w+",  # starts with any word character: nearly every position
        r"\s+visit",  # starts with any space
        r"\b[^a]x",  # a negated class
        r"(?i)\b\u00e9t\u00e9",  # a first letter beyond ASCII: its other cases are Unicode's
        r"\b.x",  # any character
    ],
)
def test_skip_ahead_is_refused_where_it_cannot_help(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert scanner(sre_parse.parse(compiled.pattern, compiled.flags), compiled.flags) is None


def test_skip_ahead_scans_the_lower_case_twin_of_a_case_blind_pattern() -> None:
    compiled = re.compile(r"\b(?:State|Official)\s+visit(?P<s>s)?\b", re.IGNORECASE)
    search, scanned = lowered_search(compiled)
    assert scanned
    for text in ["A STATE VISITS and an official visit.", "Ostate visit; \u017ftate vi\u017fits"]:
        for pos in range(len(text)):
            _same(compiled, search, text, pos, len(text))


def test_skip_ahead_knows_every_character_ignorecase_takes_for_an_ascii_letter() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in string.ascii_lowercase:
        matched = {m.group() for m in re.finditer(letter, everything, re.IGNORECASE)}
        assert matched == set(map(chr, ignorecase_variants(ord(letter)))), letter
