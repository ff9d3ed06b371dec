"""Counts that refer back to what the sentence counted before: "2,000 firms, 700 of them ...".

"More than 2,000 German companies are active in India; around 700 of them make goods there"
states two counts of companies, but the second names its noun only through "of them". Without
reading the reference, the second count is dropped as a bare number.
"""

from __future__ import annotations

import re

_OF_THEM = re.compile(r"^\s+of\s+(?:them|these|those|which|whom)\b", re.IGNORECASE)


def counted_before(before: str, after: str, nouns: str) -> re.Match[str] | None:
    """The "of them" after a count whose noun (one of the ``nouns`` alternatives) the text
    before it in the sentence names; None when either is missing."""
    back = _OF_THEM.match(after)
    if back is None or re.search(rf"\b(?:{nouns})\b", before, re.IGNORECASE) is None:
        return None
    return back
