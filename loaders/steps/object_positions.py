"""Whether a name stands where a sentence's object does, not its subject.

"After talks with President X in Lima, Y flew on to Quito" is about Y: X is named first but
only as the object of "with". Readers that look for whom a sentence is about, or who made the
trip a sentence tells, pass over such names first.
"""

from __future__ import annotations

from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

_TITLE_WORDS = r"(?:(?:the\s+)?[A-Z][\w.'\u2019-]*\s+){0,4}"
"""Title words that may stand between the word that governs a name and the name."""
_AFTER_PREPOSITION = SkipAheadPattern(rf"\b(?:with|by|to|of|from|for)\s+{_TITLE_WORDS}$")
_RECEPTION_VERBS = r"met|received|welcomed|hosted|greeted|thanked"
_AFTER_RECEPTION = SkipAheadPattern(rf"\b(?:{_RECEPTION_VERBS})\s+{_TITLE_WORDS}$")
_AFTER_AND = SkipAheadPattern(rf"\band\s+{_TITLE_WORDS}$")
_REACH = 60
"""How far before a name its governing word and titles may start."""


def after_preposition(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a preposition's object: "talks with President X"."""
    return _AFTER_PREPOSITION.search(text, max(0, start - _REACH), start) is not None


def governed(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a preposition's object or the object of a verb of
    reception: "talks with President X", "when he met President X". Such a name is never the
    one a "his" before it stands for."""
    return after_preposition(text, start) or (
        _AFTER_RECEPTION.search(text, max(0, start - _REACH), start) is not None
    )


def in_object_position(text: str, start: int) -> bool:
    """Whether the name at ``start`` is governed (see ``governed``) or the second of two
    subjects ("A and B")."""
    return governed(text, start) or (
        _AFTER_AND.search(text, max(0, start - _REACH), start) is not None
    )
