"""The characters ``re.IGNORECASE`` takes for an ASCII letter.

Besides the letter's two cases, Unicode's case data ties four more characters to ASCII
letters, and ``re`` matches them case-blind: the dotted capital I and the dotless small i of
Turkish ("\u0130stanbul", "\u0131"), the long s ("\u017f") and the Kelvin sign ("\u212a"). Code that
reads case-blind text or patterns character by character (case_blind.py, skip_ahead.py) must
count them in, or it finds less than the pattern does.
"""

from __future__ import annotations

FOLDED_TO_ASCII = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))
"""The only non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter or digit,
each with the small letter it matches (tests/loaders/test_prefilter.py checks every one)."""


def ignorecase_variants(code: int) -> tuple[int, ...]:
    """Every character that ``re.IGNORECASE`` matches to the ASCII character ``code``.

    >>> "".join(map(chr, ignorecase_variants(ord("K"))))
    'kK\u212a'
    """
    char = chr(code)
    lower = char.lower()
    found = dict.fromkeys([lower, char.upper(), *(c for c, a in FOLDED_TO_ASCII if a == lower)])
    return tuple(map(ord, found))
