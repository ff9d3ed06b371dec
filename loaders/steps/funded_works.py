"""Money a party puts into works or a programme, told without a word of trade or investment.

Reports of cooperation tell what one country pays for in the other as a verb of financing
("Luxembourg finances EUR 120 million of rail works on the French side"), as the means of a
programme ("the previous programme had EUR 78 million over five years") or as the estimated
cost of works ("the rehabilitation of the railway, estimated at US$ 120 million"). None of them
names a cue ``figure_cues`` reads, so the sum was dropped as money the sentence does not
explain. The gold counts the first two as figures of kind ``other`` (money given, like aid) and
the cost of works as investment. An estimate told as a range ("estimated between 15 and 16
billion") stays a range.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_I = re.I
_ABOUT = r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)\s+)?"
_FINANCES = Prefiltered(
    r"\b(?:(?:co-?)?(?:financ(?:es|ed)|funds|funded|bankrolls|bankrolled)|"
    r"(?:will|to|would|shall|also|help|helps|helped)\s+(?:co-?)?(?:finance|fund|bankroll))\s+"
    r"(?:(?:a\s+total\s+of|an\s+additional|another|a\s+further|an?|the)\s+)?"
    rf"{_ABOUT}$",
    _I,
)
"""A verb of financing right before the sum: "Luxembourg finances EUR 120 million of rail
works", "Japan funded about $40 million of the terminal", also a project priced before its
noun ("India will fund a US$5 million solar mini-grid"). ("financing $5 million" is read by
the investment cue.)"""
_PROGRAMME_HAD = Prefiltered(
    r"\b(?:programmes?|programs?|envelopes?)\b(?:\s*\([^()]{1,30}\))?\s+"
    r"(?:had|has|have|received|receives|got|gets|totall?ed|totals|amounted\s+to|amounts\s+to|"
    r"(?:was|is|were|are)\s+(?:endowed\s+with|allocated|worth)|"
    r"(?:with\s+)?(?:a\s+|an\s+)?(?:budget|envelope|allocation)\s+of)\s+"
    rf"{_ABOUT}$",
    _I,
)
"""The means of a programme of cooperation, told before the sum: "the previous programme (PIC V)
had EUR 78 million over five years", "a programme with a budget of 40 million euros"."""
_WORKS_ESTIMATED = Prefiltered(
    r"\b(?:construction|reconstruction|rehabilitation|modernis(?:ation|ing)|"
    r"moderniz(?:ation|ing)|upgrad(?:e|es|ing)|renovation|refurbishment|expansion|extension|"
    r"electrification|dualling|repair|works)\b[^.;]{0,80}?\b"
    rf"(?:estimated|valued|budgeted|costed|put)\s+at\s+{_ABOUT}$",
    _I,
)
"""The estimated cost of works, told before the sum: "the rehabilitation of the railway,
estimated at US$ 120 million", "works on the port, valued at 40 billion CFA francs"."""


def funding_given(before: str) -> str | None:
    """The label of money given to works or a programme told right before the sum, or None.

    >>> funding_given("Luxembourg finances ")
    'financing'
    >>> funding_given("The finance minister said ") is None
    True
    """
    tail = before[-80:]
    if _FINANCES.search(tail):
        return "financing"
    if _PROGRAMME_HAD.search(tail):
        return "programme funds"
    return None


def is_works_estimate(before: str) -> bool:
    """Whether the sum is the estimated cost of works named before it ("the upgrade of the
    highway, estimated at $95 million"), an investment."""
    return _WORKS_ESTIMATED.search(before[-140:]) is not None
