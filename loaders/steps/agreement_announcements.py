"""A document its parties announce: "Vietnam Airlines and Boeing announced a memorandum of
understanding for 50 aircraft".

Companies and governments often announce a deal instead of saying they signed it; the document
exists all the same, so "announced a memorandum" counts like "signed a memorandum". Only a
document right after the verb counts: "announced the end of the agreement" or "announced it
would negotiate an accord" report no new document.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_ANNOUNCED = Prefiltered(
    r"\bannounc(?:e|es|ed|ing)\s+(?:(?:a|an|the|their|its|two|three|several|new)\s+)*"
    r"(?:(?!of\b|to\b|on\b)[\w-]+\s+){0,2}?"
    r"(?:memorand(?:a|um|ums)|MoUs?|agreements?|accords?|contracts?|deals?|treaty|treaties)\b",
    re.IGNORECASE,
)
"""Fewer nouns than ``document_nouns.DOCUMENT_NOUN``, which counts signed documents: announcing
is weaker than signing, and "announced new protocols", "a roadmap", "a convention", "new
arrangements" or "documents" are as often rules, plans, events, logistics or paperwork."""

_RELEASED = Prefiltered(
    r"\b(?:releas(?:e|es|ed|ing)|publish(?:es|ed|ing)?)\s+(?:a|an|the|their)\s+(?:joint\s+)?"
    r"(?:statement|declaration)\b",
    re.IGNORECASE,
)
"""A statement released or published, read as one issued is ("released a joint statement on
building a strategic partnership"); ``named_agreements`` still keeps only one titled or on the
countries' relations, as a release calling for a ceasefire speaks to the press."""


def announces_document(sentence: str) -> bool:
    """Whether the sentence announces a document as concluded ("announced a deal", "released a
    joint statement")."""
    return _ANNOUNCED.search(sentence) is not None or _RELEASED.search(sentence) is not None
