"""Buildings named after someone, told in lower case: "the Sultan Ahmad Shah mosque", "Jomo
Kenyatta airport", "Masjid Sultan Ahmad Shah".

A capitalised building noun makes the name a place already (person_names.py: "Sir John Guise
Stadium"); news also writes the noun in lower case after the name, or the local word for a
mosque before it. The one the building honours does not act in the story: the name there makes
no person, and so no visitor or party to talks.
"""

from __future__ import annotations

import re
from typing import Final

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import BUILDING_NOUNS

_NOUN_AFTER: Final = re.compile(
    r"[ \t]+(?:(?:international|national|state|grand|memorial|indoor|royal)\s+){0,2}"
    rf"(?:{'|'.join(noun.lower() for noun in BUILDING_NOUNS)}|hall|park)\b"
)
"""A building or ground in lower case right after the name: "the X mosque", "X airport" (in
lower case "hall" and "park" name no one). Matched where the name ends, so a plain pattern costs
no scan of the rest of the text."""
_NOUN_BEFORE: Final = Prefiltered(
    r"\b(?:Masjid|Masjed|Jami|Jamia)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}$"
)
"""The word for a mosque that opens its name ("Masjid Sultan X", "Jamia Masjid"), then the
honoured one's titles."""
_WINDOW: Final = 40


def named_building(candidate: Candidate, text: str) -> bool:
    """Whether the name is that of a building or ground named after someone.

    >>> from dkg.loaders.document import TextSpan
    >>> text = "He visited the Sultan Idris Shah mosque."
    >>> start = text.index("Idris")
    >>> named_building(Candidate(TextSpan(start, start + 10), "Idris Shah", None), text)
    True
    """
    start, end = candidate.name_span.start, candidate.name_span.end
    return (
        _NOUN_AFTER.match(text, end, end + _WINDOW) is not None
        or _NOUN_BEFORE.search(text, max(0, start - _WINDOW), start) is not None
    )
