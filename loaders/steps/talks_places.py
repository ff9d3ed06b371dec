"""Where talks were held, when the sentence names more than one city: the one the cue's own
clause places them in ("travelled to Riyadh in April and met the crown prince in Jeddah" were
talks in Jeddah), not the one an earlier clause's trip went to, however near to the cue."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dkg.loaders.document import PlaceMention
from dkg.loaders.steps.context import SentenceView

_IN_CUE_CLAUSE = re.compile(
    r"(?:(?!\b(?:and|but|before|after|then|while|when|where|who|which)\b)[^,;:()])*?"
    r"\b(?:in|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""From the cue to a place its own clause sets the talks in: "met X in", "held talks with X
at the"; a comma or a new clause's word between them ends the cue's clause."""

_TRIP_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
"""What names a trip's destination: "travelled to", "flew to the"."""


def own_clause_first(
    places: Sequence[PlaceMention], view: SentenceView, cue: re.Match[str]
) -> list[PlaceMention]:
    """The places, the cities the cue's own clause sets the talks in first when the nearest is
    where an earlier clause's trip went ("to Riyadh"); otherwise in their given order. A venue
    there ("at Carthage Palace") stands in the city of the trip, so it changes nothing."""
    if not places or not _TRIP_TO.search(view.text, 0, view.local(places[0].span)[0]):
        return list(places)
    own = [
        p
        for p in places
        if p.kind == "city"
        and _IN_CUE_CLAUSE.fullmatch(view.text, cue.end(), view.local(p.span)[0]) is not None
    ]
    return [*own, *(p for p in places if p not in own)]
