"""Where numbers start in a text: the positions ``find_amounts`` tries its amount pattern at.

Most sentences hold no number, or only a few, and the scan for them runs on every sentence a
document has. One alternation of digits and number words ("\\d+|\\bone|...") makes ``re`` try
every branch at every position; digits alone are skipped to at C speed, and number words are
scanned for only in sentences where one of their words starts a word at all, so the scan costs
a third of what the single pattern did, with the same positions.
"""

from __future__ import annotations

import re

from dkg.loaders.case_blind import folded
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.currencies import CODE_PATTERN, LETTER_SYMBOLS, ONE_LETTERS
from dkg.loaders.steps.numerals import SCALED_NUMBER, WORD_NUMBER, WORD_VALUES
from dkg.loaders.trie import trie_pattern

_DIGITS = re.compile(r"\d\d*")
"""A run of digits; written with its first digit apart so that ``re`` skips to digits in C."""
_NUMBER_WORD = SkipAheadPattern(rf"\b(?:a\s+(?:dozen|hundred)|dozen|{WORD_NUMBER})\b")
"""Number words, matched in a lower-cased copy: case-insensitive scanning is much slower."""
_WORD_AT_START = re.compile(r"\W" + trie_pattern([*WORD_VALUES, "half"]))
"""A word every number word match holds at the start of a word ("a dozen" holds "dozen"),
matched with the character before it in the text read with a space in front: a sentence
without one has no number word, and ``re`` skips to non-word characters at C speed."""
_GLUED_SYMBOL = re.compile(rf"(?<![A-Za-z])(?:{LETTER_SYMBOLS})\.?$")
"""A letter symbol written against its number ("Dh10bn"); an ISO code never is ("COP28" is a
climate conference, not 28 Colombian pesos)."""
_GLUED_CODE = re.compile(rf"(?<![A-Za-z])(?-i:{CODE_PATTERN})(?={SCALED_NUMBER})", re.I)
"""An ISO code against a number with a scale word ("AED69.4 billion"): money, not a name."""
_GLUED_LETTER = re.compile(rf"(?<![A-Za-z])(?-i:[{ONE_LETTERS}])(?={SCALED_NUMBER})", re.I)
"""A one-letter currency against a number with a scale word ("N145 billion", "R15bn")."""


def number_starts(text: str) -> list[int]:
    """Where numbers start, left to right: a run of digits not glued to a word or number (unless
    the word is a currency sign: "Dh10bn", "RM3bn"), or a number word.

    >>> number_starts("G20 leaders saw two 3.5% rises in 2024")
    [16, 20, 34]
    """
    lowered = folded(text)  # same length as the text: its offsets are the text's
    starts = [
        m.start()
        for m in _DIGITS.finditer(lowered)
        if m.start() == 0
        or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,")
        or _GLUED_SYMBOL.search(text, max(0, m.start() - 4), m.start()) is not None
        or _GLUED_CODE.match(text, max(0, m.start() - 3)) is not None
        or _GLUED_LETTER.match(text, max(0, m.start() - 1)) is not None
    ]
    if _WORD_AT_START.search(" " + lowered) is None:
        return starts
    # Digits and number words never overlap (words hold no digit), so the two scans together
    # find what one alternation of both finds.
    return sorted(starts + [m.start() for m in _NUMBER_WORD.finditer(lowered)])
