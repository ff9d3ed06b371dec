"""Parks and halls named after someone: "laid a wreath at Ratu Sukuna Park", "walked through
Prince Albert Park", "a banquet in the Sultan Idris Shah Hall".

"Park" and "Hall" are also family names ("Ambassador Grace Park", "Minister Stuart Hall"), so
the word alone does not make a name a place, as "Street" or "Square" do (person_names.py). What
tells the park is where the name stands: after a preposition of place, with at most the forms
of address of the one it honours between ("at Ratu ", "through Prince "), where a person is
met, received or thanked with a verb ("met Ambassador Grace Park", "thanked by Grace Park").
"""

from __future__ import annotations

from typing import Final

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_clusters import Candidate

_PLACE_BEFORE: Final = Prefiltered(
    r"(?<![\w-])(?:at|in|into|inside|through|across|around|near|outside|opposite)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,3}$"
)
"""A preposition of place, then the capitalised words of a form of address or a title."""
_WINDOW: Final = 60
_GROUNDS: Final = frozenset({"Park", "Parks", "Hall", "Halls"})
"""The last words of a place's name that are also family names."""


def named_park(candidate: Candidate, text: str) -> bool:
    """Whether the name is that of a park or hall, where the text says one is.

    >>> from dkg.loaders.document import TextSpan
    >>> text = "She laid a wreath at Ratu Sukuna Park."
    >>> start = text.index("Sukuna")
    >>> named_park(Candidate(TextSpan(start, start + 11), "Sukuna Park", None), text)
    True
    """
    words = candidate.name.split()
    if len(words) < 2 or words[-1] not in _GROUNDS:
        return False
    start = candidate.name_span.start
    return _PLACE_BEFORE.search(text, max(0, start - _WINDOW), start) is not None
