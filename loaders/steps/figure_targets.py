"""Tell a target from an observation: "aim to raise trade to $15 billion by 2025".

A figure a country aims at is no figure it reached, and the year of a target is the year it is
due, not the year it was said. Kept apart from ``figures`` so that the words of intention, and
the clause boundary that stops them reaching a later sum, are read in one place.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.amounts import Amount

_I = re.I
TARGET = Prefiltered(
    r"\b(?:aim\w*|target\w*|goals?|plan(?:s|ned)?\s+to|intend\w*|seek\w*|strive\w*|"
    r"expect\w*\s+to|is\s+expected|are\s+expected|will\s+(?:reach|increase|grow|double|exceed|rise|"
    r"amount)|to\s+bring|bring(?:ing)?\s+(?:\w+\s+){1,4}to|potential|could\s+reach|can\s+reach|"
    r"ambition\w*|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b",
    _I,
)
TARGET_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", _I)


_AND_CLAUSE = re.compile(r",\s+and\s+(?!to\b|by\b)")
"""A later clause joined by ", and" ("..., up 7.2%, and agreed to lift it to $3 billion by
2026"); not a second target of the same verb (", and to $9 billion by 2030")."""


def beyond_clause(sentence: str, target: re.Match[str], amount: Amount) -> bool:
    """True when a semicolon parts the word of a target from the amount, or the target comes in
    a later clause joined by ", and", and the amount's own part names no target: "aim to reach
    $5 billion by 2027; trade was $3.4 billion last year" tells a target, then where trade
    stands; so does "trade reached $2 billion in 2024, up 7.2%, and they agreed to lift it to
    $3 billion by 2026" for the 7.2%."""
    if amount.end <= target.start() and _AND_CLAUSE.search(sentence, amount.end, target.start()):
        start = max(sentence.rfind(";", 0, amount.start), sentence.rfind(",", 0, amount.start))
        return TARGET.search(sentence[start + 1 : amount.end]) is None
    first, last = sorted((target.start(), amount.start))
    if ";" not in sentence[first:last]:
        return False
    start = sentence.rfind(";", 0, amount.start) + 1
    end = sentence.find(";", amount.end)
    return TARGET.search(sentence[start : end if end >= 0 else len(sentence)]) is None
