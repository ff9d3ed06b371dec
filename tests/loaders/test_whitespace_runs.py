"""Patterns rewritten so that a long run of spaces cannot make them backtrack for seconds.

PDF and web-page text holds runs of spaces, tabs and non-breaking spaces. Each pattern below
once read such a run with two quantifiers in a row, and tried every split of the run between
them. The rewrites read the run once; these cases, with the spans the patterns gave before the
rewrite, pin down that they still match the same text: the phrases their docstrings name, and
the odd splits (a run standing for the whole of an optional part) where a careless rewrite
would differ.
"""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_values import _VALUE_CUE
from dkg.loaders.steps.date_tense import _OPENS_CLAUSE
from dkg.loaders.steps.meeting_sentences import _ATTRIBUTION
from dkg.loaders.steps.sector_cues import cue_regions
from dkg.loaders.steps.side_presence import _AT_SIDE


@pytest.mark.parametrize(
    ("tail", "spans"),
    [
        (", the envoy said.", [(0, 17)]),
        (", said Ms Ortega.", [(0, 17)]),
        (", according to the foreign ministry.", [(0, 36)]),
        (", the spokesman told Reuters.", [(0, 29)]),
        (", an aide told reporters.\u201d", [(0, 26)]),
        (",\tthe minister\tsaid  !  ", [(0, 24)]),
        (", said Kim" + " " * 50 + "later.", [(0, 66)]),
        # a run that stands for the whole source: matched with three spaces, not with two
        (",   said.", [(0, 9)]),
        (",  said.", []),
        (", according to  ", [(0, 16)]),
        (", said   ", [(0, 9)]),
        (", he said, and left.", []),
        (", said", []),
    ],
)
def test_meeting_sentences_attribution_matches_as_before(
    tail: str, spans: list[tuple[int, int]]
) -> None:
    assert [m.span() for m in _ATTRIBUTION.finditer(tail)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (", with Crown Prince Omar at his side", [(0, 36)]),
        ("With his foreign minister by his side, the king", [(0, 37)]),
        ("   with the queen     at    his side", [(0, 36)]),
        (" having   by their sides", [(0, 24)]),
        (" with   at her side", [(0, 19)]),
        (" with  at her side", []),
        (" with aides, at his side", []),
    ],
)
def test_side_presence_at_side_matches_as_before(text: str, spans: list[tuple[int, int]]) -> None:
    assert [m.span() for m in _AT_SIDE.finditer(text)] == spans


@pytest.mark.parametrize(
    ("before", "opens"),
    [
        ("he landed, and on", True),
        ("On", True),
        (", then   ", True),
        (";  while   Later  ", True),
        (": next", True),
        ("he landed and", False),
        (",  and", False),
    ],
)
def test_date_tense_clause_head_read_as_before(before: str, opens: bool) -> None:
    assert bool(_OPENS_CLAUSE.search(before, 0, len(before))) is opens


@pytest.mark.parametrize(
    ("lowered", "regions"),
    [
        ("talks   on energy and mining", [(10, 28)]),
        ("talks in lima on energy", [(16, 23)]),
        ("they met the minister about trade", [(27, 33)]),
        ("talks      about gas, oil", [(16, 25)]),
        ("met  \t on", [(9, 9)]),
        ("talks on", [(8, 8)]),
        ("meetings " + "x " * 45 + "on gas", []),
    ],
)
def test_sector_cues_talks_about_regions_as_before(
    lowered: str, regions: list[tuple[int, int]]
) -> None:
    assert cue_regions(lowered) == regions


@pytest.mark.parametrize(
    ("before", "span"),
    [
        ("deals worth ", (6, 12)),
        ("worth a combined ", (0, 17)),
        ("worth acombined", (0, 15)),
        ("valued at an estimated ", (0, 23)),
        ("for  an   overall of  ", (0, 22)),
        ("value of A TOTAL OF  ", (0, 21)),
        ("worth an", None),
        ("worth  a", None),
        ("worthy", None),
    ],
)
def test_agreement_values_value_cue_matches_as_before(
    before: str, span: tuple[int, int] | None
) -> None:
    found = _VALUE_CUE.search(before, 0, len(before))
    assert (found.span() if found else None) == span
