"""A ``SkipAheadPattern`` answers every call exactly as ``re.compile`` of the same pattern does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

_PATTERNS = [
    # Openings re cannot skip to: a boundary, a look-behind, an optional article, a look-ahead.
    (r"\b(?:[Tt]he|[Hh]is)\s+(?P<noun>guests?|hosts?)\b", 0),
    (r"(?<![\w-])(?P<caps>[A-Z\u00c9]{2,})(?= [A-Z][a-z])", 0),
    (r"\b(?:the\s+)?(?P<who>envoys?|ministers?)\s+of\b", 0),
    (r"\b(?=\w)(?:(?P<d>\d{1,2})\s+(?P<m>May|June)|(?P<y>(?:19|20)\d\d))\b", 0),
    # Ends at the end of the text searched: endpos decides.
    (r"\b(?:trips?|tours?)\s+to\s+(?:the\s+)?$", 0),
    # Case-blind: the lower-case twin scans, and "\u212a" (Kelvin) is a "k".
    (r"\b(?:keynote|talks?)\s+(?P<at>at|in)\b", re.IGNORECASE),
    # No scanner helps (re already skips to "v"), and one that may match the empty string.
    (r"visit(?P<s>s)?\b", 0),
    (r"\b(?:very\s+)?", 0),
]

_TEXTS = [
    "",
    "The guests of his hosts",
    "ab the guest; His hosts, theguest",
    "OSLO Talks and \u00c9COLE Normale; NATO-GB Summit",
    "the envoys of Peru and ministers ofx Chile",
    "On 3 May 2019 or June 14; 1999x, 12 June",
    "a trip to the",
    "planned tours to",
    "KEYNOTE at Davos, \u212aeynote in Rome, talksin",
    "Visits and visit, revisits",
    "very  very verily",
]


def _spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [m.regs for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_skip_ahead_pattern_finds_the_spans_and_groups_of_the_pattern(
    pattern: str, flags: int
) -> None:
    plain = re.compile(pattern, flags)
    skipping = SkipAheadPattern(pattern, flags)
    for text in _TEXTS:
        for pos in range(len(text) + 1):
            for endpos in (len(text), pos + 5, pos):
                expected = plain.search(text, pos, endpos)
                found = skipping.search(text, pos, endpos)
                assert (found and found.regs) == (expected and expected.regs), (text, pos, endpos)
                assert (found and found.groupdict()) == (expected and expected.groupdict())
                assert _spans(skipping.finditer(text, pos, endpos)) == _spans(
                    plain.finditer(text, pos, endpos)
                )
                assert skipping.findall(text, pos, endpos) == plain.findall(text, pos, endpos)
        assert _spans(skipping.finditer(text)) == _spans(plain.finditer(text))


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_skip_ahead_pattern_matches_where_the_pattern_matches(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    skipping = SkipAheadPattern(pattern, flags)
    assert (skipping.pattern, skipping.flags, skipping.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groupindex,
    )
    for text in _TEXTS:
        for pos in range(len(text) + 1):
            expected, found = plain.match(text, pos), skipping.match(text, pos)
            assert (found and found.regs) == (expected and expected.regs)
            expected, found = plain.fullmatch(text, pos), skipping.fullmatch(text, pos)
            assert (found and found.regs) == (expected and expected.regs)


def test_skip_ahead_pattern_reads_the_word_before_pos() -> None:
    # Searched from inside "revisits", the "visits" there is no word of its own.
    guests = SkipAheadPattern(r"\b(?:the\s+)?visits?\b")
    assert guests.search("revisits", 2) is None
    assert [m.span() for m in guests.finditer("revisits; visits", 2)] == [(10, 16)]


def test_skip_ahead_pattern_finds_case_blind_words_beyond_ascii_text() -> None:
    # Text with a capital beyond ASCII cannot be lowered for the twin: the pattern scans it.
    talks = SkipAheadPattern(r"\btalks\s+in\s+(?P<city>\w+)", re.IGNORECASE)
    found = talks.search("\u00c9lys\u00e9e: TALKS IN \u00d6rebro")
    assert found is not None and found["city"] == "\u00d6rebro"


@settings(max_examples=300, deadline=None)
@given(
    index=st.integers(0, len(_PATTERNS) - 1),
    text=st.text(
        alphabet="The guests his hosts May 3 19 99 to trip KEYk\u212a\u00c9O-s", max_size=40
    ),
    pos=st.integers(0, 45),
    width=st.integers(0, 45),
)
def test_skip_ahead_pattern_agrees_with_the_pattern_on_any_text(
    index: int, text: str, pos: int, width: int
) -> None:
    pattern, flags = _PATTERNS[index]
    plain = re.compile(pattern, flags)
    skipping = SkipAheadPattern(pattern, flags)
    assert _spans(skipping.finditer(text, pos, pos + width)) == _spans(
        plain.finditer(text, pos, pos + width)
    )
