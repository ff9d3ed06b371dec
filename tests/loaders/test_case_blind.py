"""Case-blind patterns scanned through lower-case twins find what the patterns find."""

from __future__ import annotations

import re

import pytest

from dkg.loaders.case_blind import lowered, lowered_search, lowered_twin
from dkg.loaders.prefilter import Prefiltered

_TEXTS = [
    "The Minister VISITED Chad; a State Visit followed in Paris.",
    "Die Kanzlerin besuchte \u00d6sterreich, then visited \u00c9vian and Vienna.",
    "A \u017ftate vi\u017fit to \u0130stanbul and the \u212aremlin, \u0131n short.",
    "\u201cWe visited,\u201d she said \u2013 the visit\u2019s end. Visits: 3.",
    "A t\u00eate-\u00e0-t\u00eate at the caf\u00e9 of \u00e9vian, \u00f6sterreich style.",
]
_PATTERNS = [
    r"\b(?P<kind>state|official)?\s*visit(?:s|ed)?\b",
    r"(?<![\w-])[A-Z][a-z]+\s+visit",
    r"[^a-z\s]+",
    r"visit(?=\w)|in\s+[A-Z]\w+",
    r"[\u2013\u2019-]\s?\w+",
    r"(?:the|a)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:visit|end)",
    r"caf\u00e9|\u00c9vian|[\u00c0-\u00de]\w+|t[e\u00ea]te-\w+",
]


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_case_blind_twin_finds_the_matches_of_the_pattern(pattern: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    search, twinned = lowered_search(compiled)
    assert twinned
    for text in _TEXTS:
        for pos in range(0, len(text), 7):
            found, bare = search(text, pos, len(text)), compiled.search(text, pos)
            assert (found and (found.span(), found.groupdict())) == (
                bare and (bare.span(), bare.groupdict())
            ), (pattern, text, pos)
        prefiltered = Prefiltered(pattern, re.IGNORECASE)
        assert [m.span() for m in prefiltered.finditer(text)] == [
            m.span() for m in compiled.finditer(text)
        ]
        assert prefiltered.findall(text) == compiled.findall(text)


def test_case_blind_text_is_lowered_only_where_ascii_capitals_are() -> None:
    assert lowered("The Visit \u2013 caf\u00e9") == "the visit \u2013 caf\u00e9"
    # A capital beyond ASCII, or a letter case-blind matching reads as ASCII: no twin text.
    assert lowered("\u00d6sterreich") is None
    assert lowered("vi\u017fit") is None
    assert lowered("\u0131n") is None


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"visit", 0),  # minds case: nothing to gain, and the twin would be the pattern
        (r"(?-i:Visit)s", re.IGNORECASE),  # a part that minds case
        (r"(visit) \1", re.IGNORECASE),  # a back-reference compares text, not pattern
        (r"[\u0100-\uffff]+", re.IGNORECASE),  # too wide to look up each letter's case
        (r"(?:visit)?", re.IGNORECASE),  # matches the empty string
    ],
)
def test_case_blind_twin_is_refused_where_it_would_differ(pattern: str, flags: int) -> None:
    assert lowered_twin(re.compile(pattern, flags)) is None
