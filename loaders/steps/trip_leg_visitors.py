"""A leg of the trip told as a visit of its own, naming no one: "The final leg of the trip is a
state visit to Brasilia on August 24 and 25" is a visit by whoever makes the trip the story has
been telling.

Itineraries written by the traveller's office list the stops of a tour this way, after one
sentence that names the traveller. Read alone, such a sentence has no visitor (or only the host
who invited), so the visit would be lost; the leg's noun phrase refers back to the trip told,
as "the visit" does (told_visit_references.py).
"""

from __future__ import annotations

import re

from dkg.loaders.document import PersonMention, TextSpan, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView

_LEG_OF_TRIP = Prefiltered(
    r"\b(?:first|second|third|fourth|fifth|next|final|last|closing)\s+(?:leg|stop|stage)\s+"
    r"(?:of|on)\s+(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|journey)\b",
    re.IGNORECASE,
)
"""A stop of the trip already told: "the final leg of the trip", "the next stop on his tour"."""


def tells_a_leg(text: str) -> bool:
    """Whether the sentence refers to a stop of the trip told ("the final leg of the trip")."""
    return _LEG_OF_TRIP.search(text) is not None


def trip_leg_traveller(
    view: SentenceView, cue: re.Match[str], told: list[Visit]
) -> PersonMention | None:
    """The maker of the trip told last, standing in for the visitor of a cue that a leg of that
    trip introduces ("The final leg of the trip is a state visit to X"); None when no leg is
    told before the cue or no trip was told before the sentence."""
    leg = _LEG_OF_TRIP.search(view.text, 0, cue.start())
    if leg is None or not told:
        return None
    span = TextSpan(view.start + leg.start(), view.start + leg.end())
    return PersonMention(span, told[-1].visitor, "role")
