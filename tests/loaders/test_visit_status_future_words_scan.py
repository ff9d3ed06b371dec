"""The future words that tell a planned trip or day (``visit_status._ANNOUNCED`` for the clause
of every visit cue, ``date_tense.FUTURE`` before every weekday) must stay cheap to scan.

``Prefiltered`` scans up to eight top-level alternatives one by one, each only where its own
strings are and through its lower-case twin; past that it scans the whole pattern at once,
case-blind and without a twin, since one part needing a capital leaves the whole pattern
without one. ``_ANNOUNCED`` had ten alternatives and cost about 1% of extraction so, in some
2.5 searches a document.
"""

from __future__ import annotations

import re

import pytest

from dkg.loaders.pattern_branches import top_level_branches
from dkg.loaders.prefilter import _MAX_BRANCHES, Prefiltered, required_literal_sets
from dkg.loaders.steps import date_tense, visit_status

_FUTURE_WORDS = [visit_status._ANNOUNCED, date_tense.FUTURE]


@pytest.mark.parametrize("words", _FUTURE_WORDS, ids=["announced", "future"])
def test_visit_status_future_words_are_few_enough_alternatives(words: Prefiltered) -> None:
    branches = top_level_branches(words.pattern, words.flags)
    assert branches is not None and 1 < len(branches) <= _MAX_BRANCHES


@pytest.mark.parametrize("words", _FUTURE_WORDS, ids=["announced", "future"])
def test_visit_status_future_words_alternatives_have_strings(words: Prefiltered) -> None:
    branches = top_level_branches(words.pattern, words.flags) or ()
    empty = [b[:60] for b in branches if not required_literal_sets(re.compile(b, words.flags))]
    assert empty == []
