"""The test before the lower-case particles' search holds wherever that search would match, so a
family name a particle opens ("bin Salem") is still read after it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dkg.loaders.steps.surname_references import (
    _LOWER_PARTICLES_BEFORE,
    may_end_in_particle,
)


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("Minister bin ", True),
        ("van der ", True),
        ("(bin ", True),  # a sign before the particle: the pattern decides
        ("met  de\t ", True),  # any white space after it
        ("   ", True),  # no word: the pattern decides
        ("met the ", False),
        ("President ", False),
        ("Bin ", False),  # the pattern minds case: a capital "Bin" opens a name of its own
        ("cabin ", False),  # "bin" inside a word is no particle
    ],
)
def test_may_end_in_particle(text: str, may: bool) -> None:
    assert may_end_in_particle(text, 0, len(text)) is may


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="bin vaderloyBDx(-.'\u2019_2\t\u00a0", max_size=16), st.integers(0, 4))
def test_holds_wherever_the_search_matches(text: str, start: int) -> None:
    start = min(start, len(text))
    if _LOWER_PARTICLES_BEFORE.search(text, start, len(text)) is not None:
        assert may_end_in_particle(text, start, len(text))
