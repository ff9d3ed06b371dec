"""The maker of a trip told in the passive after it: "The previous state visit from Finland to
India was made by President Tarja Halonen in 2007".

The sentence's subject is the trip itself, so no rule that looks for the subject of a visit
verb, or for the owner of the trip noun ("X's visit", "the visit of X"), finds anyone; the
person after "was made by" is the one who travelled.
"""

from __future__ import annotations

import re

from dkg.loaders.document import PersonMention
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.visit_verbs import MADE_BY

_MADE_BY = re.compile(
    rf"[^,;.]{{0,80}}?\b(?:was|were|had\s+been|has\s+been)\s+{MADE_BY}\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,4}"
)
"""From the trip noun to the name of its maker: " from Finland to India was made by President
"; the maker's title may stand before the name."""


def passive_makers(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """The person a trip noun's passive names as its maker ("the visit ... was made by X")."""
    for mention in view.people:
        start = view.local(mention.span)[0]
        if start > cue.end() and _MADE_BY.fullmatch(view.text, cue.end(), start):
            return [mention]
    return []
