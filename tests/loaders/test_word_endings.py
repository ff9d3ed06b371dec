"""The ending test holds wherever the scan it stands before would find a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dkg.loaders.trie import trie_pattern
from dkg.loaders.word_endings import EndingBeforeCapital

_WORDS = [
    "Presidents",
    "presidents",
    "Prime Ministers",
    "prime ministers",
    "Secretary-Generals",
    "MPs",
    "Chargé d'Affaires",
    "Attachés",
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Presidents Xi Jinping and Lula met.", True),
        ("the prime ministers met in Lima", False),  # no capital right after the title
        ("Trade prime ministers Ana Ruiz and B", True),
        ("UN Secretary-Generals  Guterres and Ban", True),  # the last part after a hyphen
        ("Vice-Presidents X and Y", True),  # the scan has no word boundary in front either
        ("The Chargé d'Affaires Ruiz", True),
        ("presidents\tOf", True),  # any white space before the capital
        ("Presidents", False),
        ("PRESIDENTS X", False),  # the scan minds case
        ("Residents X and Y", False),
        ("", False),
    ],
)
def test_ending_before_capital(text: str, found: bool) -> None:
    assert EndingBeforeCapital(_WORDS).found_in(text) is found


def test_words_ending_in_space_are_refused() -> None:
    with pytest.raises(ValueError, match="every word"):
        EndingBeforeCapital(["Presidents", "vice-"])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="PrestindMs ASXa-\u00e9'\t.,", max_size=40))
def test_holds_wherever_the_scan_finds_a_match(text: str) -> None:
    scan = re.compile(rf"(?:{trie_pattern(_WORDS)})\s+[A-Z]")
    if scan.search(text) is not None:
        assert EndingBeforeCapital(_WORDS).found_in(text)
