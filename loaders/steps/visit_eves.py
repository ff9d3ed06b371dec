"""A visit named only to date something else by it: "On the eve of his visit, X spoke with Y by
phone", "Ahead of her trip, the minister met the press". In a story that has already told the
trip, such a phrase is that trip again, not a further plan: the phrase's tense is that of the
time before the trip, not of the trip itself."""

from __future__ import annotations

import re

from dkg.loaders.document import Visit
from dkg.loaders.steps.context import SentenceView

_BEFORE_OWN_TRIP = re.compile(
    r"\b(?:on\s+the\s+eve\s+of|ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+"
    r"(?:his|her|their|the|this)(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
"""A phrase that tells the time before a trip it names by its owner alone."""
_DESTINATION = re.compile(r"\s+(?:to|in|of|by)\b", re.IGNORECASE)
"""A trip named with its own place or visitor ("his visit to Ghana", "the visit of X"): one the
sentence tells, perhaps for the first time."""


def eve_of_told_visit(view: SentenceView, cue: re.Match[str], told: list[Visit]) -> bool:
    """Whether the cue names, as the eve or run-up of something, a visit of one of the
    sentence's people that the story has already told."""
    return (
        _BEFORE_OWN_TRIP.search(view.text, max(0, cue.start() - 60), cue.start()) is not None
        and _DESTINATION.match(view.text, cue.end()) is None
        and any(v.visitor == m.person for v in told for m in view.people)
    )
