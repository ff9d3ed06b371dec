"""Figures that refer back to what the text counted before: "2,000 firms, 700 of them ...",
"trade reached $9 billion; they aim to raise it to $15 billion".

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


_IT_TO = re.compile(
    r"\b(?:it|this|that|the\s+(?:figure|volume|amount|total|sum))\s+(?:to|at|beyond|above|past)"
    r"(?:\s+(?:about|around|some|nearly|over|more\s+than|at\s+least))?\s*$",
    re.IGNORECASE,
)


def refers_back(window: str) -> bool:
    """Whether a sum is what "it" became ("raise it to $40 billion", "keep this at $2bn"):
    the kind of the figure "it" stands for, named in an earlier sentence, is the sum's too."""
    return _IT_TO.search(window[-40:]) is not None
