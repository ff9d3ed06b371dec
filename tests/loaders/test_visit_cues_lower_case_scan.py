"""The visit and talks cues scan every sentence with a person in it, so they must stay cheap:
each alternative that ignores case is scanned through its lower-case twin (case_blind.py).

A part that needs a capital ("reached Dubai", "attended the summit in Skopje") left inside a
long alternative takes the twin away from that whole alternative, and ``re`` then compares
it case-blind at every position, two to three times as costly; such a cue belongs in a
top-level alternative of its own.
"""

from __future__ import annotations

import re

import pytest

from dkg.loaders.case_blind import lowered_twin
from dkg.loaders.pattern_branches import top_level_branches
from dkg.loaders.prefilter import _MAX_BRANCHES, Prefiltered, required_literal_sets
from dkg.loaders.steps import talks_cues, visit_cues


@pytest.mark.parametrize("cue", [visit_cues.CUE, talks_cues.CUE], ids=["visits", "talks"])
def test_visit_cues_long_list_of_cues_is_scanned_in_lower_case(cue: Prefiltered) -> None:
    branches = top_level_branches(cue.pattern, cue.flags)
    assert branches is not None and len(branches) > 1
    without_twin = [b for b in branches if lowered_twin(re.compile(b, cue.flags)) is None]
    assert [b for b in without_twin if "(?-i:" not in b] == []  # only those needing a capital
    longest = max(branches, key=len)  # the list of cue verbs: most of the scanning
    assert longest not in without_twin


@pytest.mark.parametrize("cue", [visit_cues.CUE, talks_cues.CUE], ids=["visits", "talks"])
def test_visit_cues_alternatives_are_few_enough_to_scan_one_by_one(cue: Prefiltered) -> None:
    # Past the prefilter's limit the whole cue is scanned at once, case-blind and without any
    # twin, as one part needing a capital leaves the whole pattern without one: a ninth
    # alternative of the visit cue cost 6% of extraction. Join cues needing a capital
    # into one alternative instead.
    branches = top_level_branches(cue.pattern, cue.flags)
    assert branches is not None and len(branches) <= _MAX_BRANCHES


@pytest.mark.parametrize("cue", [visit_cues.CUE, talks_cues.CUE], ids=["visits", "talks"])
def test_visit_cues_every_alternative_has_strings_to_look_for_first(cue: Prefiltered) -> None:
    # One alternative whose strings cannot be told (too many, or one that matches anywhere)
    # makes the cue scan every sentence whole: "return(?:ed|s)?" among the cue verbs once
    # tripled the visit cue's cost, as "return", "returned" and "returns" took the list of
    # strings past the prefilter's limit (it now keeps "return" alone).
    branches = top_level_branches(cue.pattern, cue.flags) or ()
    empty = [b[:60] for b in branches if not required_literal_sets(re.compile(b, cue.flags))]
    assert empty == []
