"""Documents recalled by an anniversary: "the 30th anniversary of the Treaty of Friendship",
"60 years since the signing of the Treaty of Amity".

A visit often falls on the round anniversary of an old treaty, and the story says so with the
very verbs of a signing ("marks 25 years since the declaration was signed"). The document named
is the one signed decades ago, not a new one of the event.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.numerals import DIGITS, WORD_NUMBER

_RECALLED_BEFORE = Prefiltered(
    r"\b(?:anniversary|jubilee|centenary|centennial|bicentenary|"
    rf"(?:{DIGITS}|{WORD_NUMBER})\s+years\s+(?:since|after))\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:signing|signature|conclusion|adoption|ratification|entry\s+into\s+force)\s+of\s+"
    r"(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""What names a document as the one an anniversary recalls: "the 30th anniversary of the",
"60 years since the signing of the", "the centenary of the"."""
_REACH = 80


def recalled_by_anniversary(sentence: str, start: int) -> bool:
    """True when the document named at ``sentence[start:]`` is the one an anniversary recalls.

    >>> recalled_by_anniversary("They marked the 30th anniversary of the Treaty of Rome.", 40)
    True
    >>> recalled_by_anniversary("On the anniversary, they signed the Treaty of Rome.", 32)
    False
    """
    return _RECALLED_BEFORE.search(sentence, max(0, start - _REACH), start) is not None
