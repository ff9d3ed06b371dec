"""Meeting modes and formats: how talks were held ("by telephone", "met virtually") and at what
table ("restricted format", "plenary session").

Both are read from the words of the sentence alone, apart from who met whom and when, so they
live apart from the reading of participants, dates and places (meeting_sentences.py).
"""

from __future__ import annotations

import re

from dkg.loaders.document import MeetingMode
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.remote_talks import VIDEO_TALKS

_PHONE = Prefiltered(r"\b(?:phone|telephone)\b", re.IGNORECASE)
_VIDEO = Prefiltered(
    rf"\b{VIDEO_TALKS}\b|\bonline\b"
    # "held a virtual summit", "in a virtual meeting"; not "a virtual certainty".
    r"|\bvirtual(?:ly)?\s+(?:summit|meeting|talks|call|conference|bilateral|format)\b"
    # "the two met virtually"; not "virtually all", "met virtually every demand".
    r"|\b(?:met|meet|meets|talked|spoke|conferred)\s+virtually\b(?!\s+(?:all|every|each|no)\b)",
    re.IGNORECASE,
)
_FORMATS = Prefiltered(
    r"\b(narrow|extended|expanded|enlarged|plenary|restricted|bilateral|multilateral|one-on-one|"
    r"tete-a-tete)\b",
    re.IGNORECASE,
)
_FORMAT_NAMES = {
    "narrow": "narrow",
    "one-on-one": "narrow",
    "tete-a-tete": "narrow",
    "extended": "extended",
    "expanded": "extended",
    "enlarged": "extended",
    "plenary": "extended",
    "restricted": "narrow",
    "bilateral": "bilateral",
    "multilateral": "multilateral",
}


def meeting_mode(text: str) -> MeetingMode:
    """How the talks a sentence reports were held: by phone, by video, else in person."""
    if _PHONE.search(text):
        return "phone"
    return "video" if _VIDEO.search(text) else "in-person"


def meeting_formats(text: str) -> tuple[str, ...]:
    """The formats the sentence names for its talks, each once, as the model's format names."""
    return tuple(
        dict.fromkeys(_FORMAT_NAMES[m.group(1).casefold()] for m in _FORMATS.finditer(text))
    )
