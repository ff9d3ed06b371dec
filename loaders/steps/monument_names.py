"""The person a monument is for: "the samadhi of Sir X", "a statue of President Y".

A visitor lays a wreath at a tomb, bows at a shrine or unveils a bust; the one it honours does
not act in the story, so the name there makes no person (and no meeting with the visitor). A
capitalised monument's name ("the Mausoleum of President Ho Chi Minh") is read as a body by the
recognizer; written in lower case, only the noun before "of" or "to" tells it. The nouns are
those of the monuments and resting places of many traditions, not of one country's.
"""

from __future__ import annotations

from typing import Final

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_clusters import Candidate

_MONUMENT_BEFORE: Final = Prefiltered(
    r"\b(?i:mausole(?:um|a)|memorials?|monuments?|statues?|busts?|tombs?|graves?(?:ite)?|"
    r"shrines?|cenotaphs?|samadhis?|stupas?|mazars?|dargahs?|t[uü]rbes?|sepulch(?:re|er)s?|"
    r"crypts?|obelisks?|plaques?|(?:resting|burial)\s+places?)"
    r"\s+(?:of|to)\s+(?:the\s+(?:late\s+)?|late\s+)?"
    r"(?:[A-Z][\w'\u2019.-]*\s+){0,4}$"
)
"""A monument noun (in any case), "of" or "to", and the honoured one's titles up to the name:
"the samadhi of Sir ", "the Memorial to the late President ". Only capitalised words may come
between, so "the memorial to the fallen with President X" leaves X, who stood there, a
person."""
_WINDOW: Final = 80
"""How far before a name its monument noun may stand: the noun, "of the late" and a title."""


def commemorated(candidate: Candidate, text: str) -> bool:
    """Whether the name is that of the one a monument honours, not of someone in the story.

    >>> from dkg.loaders.document import TextSpan
    >>> text = "He laid a wreath at the tomb of King Ali Bey."
    >>> start = text.index("Ali")
    >>> commemorated(Candidate(TextSpan(start, start + 7), "Ali Bey", None), text)
    True
    """
    start = candidate.name_span.start
    line_start = text.rfind("\n", 0, start) + 1
    return _MONUMENT_BEFORE.search(text, max(line_start, start - _WINDOW), start) is not None
